import { Hub } from "../contract.generated";
import { h } from "../dom";
import { formatDateTime } from "../format";
import { t } from "../i18n";
import type { MeetingHubAccess } from "../live/meetingChannel";
import type { AdoptedWording } from "../types";
import { AlertBox } from "../ui/forms";

/** Who adopted a wording; an observer's copy comes without the name (docs/protocol.md, "Who the public sees"). */
export const adopter = (w: AdoptedWording, nameOf: (participantId: string) => string) => w.adoptedByName || nameOf(w.adoptedBy);

/** The document's adopted final wordings ("výsledné znění"), newest first, live. */
export class AdoptedWordings {
  readonly el: HTMLDetailsElement;
  private readonly summaryEl = h("summary", {});
  private readonly listEl = h("ol", { class: "adopted", reversed: true });
  private readonly alert = new AlertBox();
  private wordings: AdoptedWording[] = [];

  constructor(
    private readonly hub: MeetingHubAccess,
    private readonly meetingId: string,
    private readonly headingOf: (sectionId: string) => string,
    private readonly nameOf: (participantId: string) => string,
  ) {
    this.el = h("details", { class: "adopted-panel" }, this.summaryEl, this.alert.el, this.listEl);
    this.render();
  }

  async load(): Promise<void> {
    try {
      this.wordings = await this.hub.invoke(Hub.GetAdoptedWordings, this.meetingId);
      this.render();
    } catch (e) {
      this.alert.error(e);
    }
  }

  adopted(wording: AdoptedWording): void {
    if (!this.wordings.some((w) => w.number === wording.number)) this.wordings.push(wording);
    this.render();
  }

  private render(): void {
    this.summaryEl.textContent = t("adopted.title", { count: this.wordings.length });
    const newestFirst = [...this.wordings].sort((a, b) => b.number - a.number);
    this.listEl.replaceChildren(
      ...newestFirst.map((w) =>
        h(
          "li",
          { value: w.number },
          h("p", { class: "comment-meta" }, t("adopted.entry", { number: w.number, at: formatDateTime(w.at), name: adopter(w, this.nameOf) })),
          w.sections.map((s) => h("section", { class: "adopted-section" }, h("h4", {}, this.headingOf(s.sectionId)), h("p", { class: "version-text" }, s.text))),
        ),
      ),
    );
  }
}
