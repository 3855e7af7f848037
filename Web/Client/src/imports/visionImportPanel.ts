import { h } from "../dom";
import { t } from "../i18n";
import { ImportForm } from "./importForm";
import type { VisionImportResponse } from "./types";
import { visionPreview } from "./visionPreview";

/**
 * For the facilitator: the previous workshop's record brought into this meeting (its vision, if the meeting has
 * none yet, and its proposals onto the board), and the vision with its proposals as Markdown. A new vision
 * document reaches the page as the meeting's update, like any other change.
 */
export class VisionImportPanel {
  readonly el: HTMLElement;

  constructor(meetingId: string) {
    const form = new ImportForm<VisionImportResponse>({
      url: `/api/meetings/${encodeURIComponent(meetingId)}/imports/vision`,
      label: t("import.vision.text"),
      hint: t("import.vision.hint"),
      preview: visionPreview,
      unplaced: (r) => r.preview.unplaced,
      saved: (r) =>
        t(r.saved?.documentCreated ? "import.vision.savedWithDocument" : "import.vision.saved", {
          count: r.saved?.proposalsAdded ?? 0,
          placed: r.saved?.proposalsPlaced ?? 0,
        }),
    });
    this.el = h(
      "details",
      { class: "panel import-panel" },
      h("summary", {}, t("import.vision.title")),
      form.el,
      h("p", {}, h("a", { href: `/api/meetings/${encodeURIComponent(meetingId)}/vision.md`, download: "" }, t("import.vision.download"))),
    );
  }
}
