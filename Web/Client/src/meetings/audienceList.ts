import { h, uid } from "../dom";
import { t } from "../i18n";
import type { MeetingState } from "../live/meetingState";
import type { AudienceMember } from "../types";
import type { AlertBox } from "../ui/forms";
import type { MeetingCommands } from "./commands";

/**
 * The observers, for facilitators: fetched when opened (a thousand people are not kept live in every
 * browser), again on "Refresh" and after each removal the moderation record shows.
 */
export class AudienceList {
  readonly el = h("details", { class: "audience" });
  private readonly summaryEl = h("summary", { "data-focus-key": "audience" });
  private readonly listEl = h("ul", { class: "audience-list" });
  private readonly refreshButton = h("button", { type: "button", class: "link-button", "data-focus-key": "audience-refresh" }, t("audience.refresh"));
  private removals = -1;

  constructor(
    private readonly commands: MeetingCommands,
    private readonly alert: AlertBox,
  ) {
    this.el.append(this.summaryEl, this.refreshButton, this.listEl);
    this.el.addEventListener("toggle", () => {
      if (this.el.open) void this.load();
    });
    this.refreshButton.addEventListener("click", () => void this.load());
  }

  update(s: MeetingState, facilitating: boolean): void {
    this.el.hidden = !facilitating;
    this.summaryEl.textContent = t("audience.title", { count: s.watching });
    this.refreshButton.textContent = t("audience.refresh");
    const removals = s.moderation.filter((r) => r.action === "Removed").length;
    if (facilitating && this.el.open && removals !== this.removals) void this.load();
    this.removals = removals;
  }

  private async load(): Promise<void> {
    await this.alert.run(async () => {
      const members = await this.commands.getAudience();
      members.sort((a, b) => Number(b.watching) - Number(a.watching) || a.entry.displayName.localeCompare(b.entry.displayName, "cs"));
      this.listEl.replaceChildren(
        ...(members.length ? members.map((m) => this.renderMember(m)) : [h("li", { class: "hint" }, t("audience.none"))]),
      );
    });
  }

  private renderMember(m: AudienceMember): HTMLElement {
    const nameId = uid("observer");
    const remove = h(
      "button",
      { type: "button", class: "link-button", "aria-describedby": nameId, "data-focus-key": `${m.entry.participantId}:remove` },
      t("roster.remove"),
    );
    remove.addEventListener("click", () => {
      if (!window.confirm(t("roster.removeConfirm", { name: m.entry.displayName }))) return;
      void this.alert.run(() => this.commands.removeParticipant(m.entry.participantId, true));
    });
    return h(
      "li",
      { "data-participant": m.entry.participantId },
      h("span", { class: "name", id: nameId }, m.entry.displayName),
      h("span", { class: "presence" }, m.watching ? t("audience.watching") : t("roster.absent")),
      remove,
    );
  }
}
