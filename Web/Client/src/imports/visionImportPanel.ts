import { h, uid } from "../dom";
import { t, tn } from "../i18n";
import { readTicket } from "../live/tickets";
import { downloadLinks, visionUrl } from "../records/downloads";
import { AlertBox } from "../ui/forms";
import { ImportForm } from "./importForm";
import type { VisionImportResponse } from "./types";
import { visionPreview } from "./visionPreview";

/**
 * For the facilitator: the previous workshop's record brought into this meeting (its vision, if the meeting has
 * none yet, and its proposals onto the board), and the vision with its ranked proposals to download (DOCX, Markdown, print). A new vision
 * document reaches the page as the meeting's update, like any other change.
 */
export class VisionImportPanel {
  readonly el: HTMLElement;

  constructor(meetingId: string) {
    const downloadId = uid("vision-download");
    const downloadAlert = new AlertBox();
    const form = new ImportForm<VisionImportResponse>({
      url: `/api/meetings/${encodeURIComponent(meetingId)}/imports/vision`,
      label: t("import.vision.text"),
      hint: t("import.vision.hint"),
      preview: visionPreview,
      unplaced: (r) => r.preview.unplaced,
      saved: (r) => {
        const [count, params] = [r.saved?.proposalsAdded ?? 0, { placed: r.saved?.proposalsPlaced ?? 0 }];
        return r.saved?.documentCreated ? tn("import.vision.savedWithDocument", count, params) : tn("import.vision.saved", count, params);
      },
    });
    this.el = h(
      "details",
      { class: "panel import-panel" },
      h("summary", {}, t("import.vision.title")),
      form.el,
      h("p", { id: downloadId }, t("import.vision.download")),
      downloadLinks((format) => visionUrl(meetingId, format), readTicket(meetingId), downloadId, (message) => downloadAlert.show(message)),
      downloadAlert.el,
    );
  }
}
