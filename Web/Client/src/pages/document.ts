import { get } from "../api";
import { h, paragraphs } from "../dom";
import { t } from "../i18n";
import type { Page, PageContext } from "../router";
import type { VisionDocumentDetails } from "../types";
import { Frame } from "../ui/frame";
import { failure, loading } from "../ui/loading";

/** The sections of a vision document as headed text. */
export function documentSections(document: VisionDocumentDetails, headingLevel: "h2" | "h3"): HTMLElement {
  return h(
    "div",
    { class: "vision" },
    document.sections.map((s) => h("section", { class: "vision-section" }, h(headingLevel, {}, s.heading), paragraphs(s.text))),
  );
}

/** "/documents/{id}": a vision document. */
export function documentPage(context: PageContext): Page {
  const frame = new Frame(context);
  let document: VisionDocumentDetails | null = null;
  let loadError: unknown = null;

  const render = () => {
    if (loadError) {
      frame.show(t("error.pageTitle"), ...failure(loadError));
    } else if (!document) {
      frame.show(t("document.title"), loading());
      return;
    } else {
      frame.show(
        document.title,
        h("p", { class: "breadcrumb" }, h("a", { href: `/groups/${document.workingGroupId}` }, t("document.backToGroup"))),
        document.sections.length === 0 ? h("p", {}, t("document.empty")) : documentSections(document, "h2"),
      );
    }
    frame.ready();
  };

  render();
  get<VisionDocumentDetails>(`/api/vision-documents/${encodeURIComponent(context.params.id)}`).then(
    (d) => {
      document = d;
      render();
    },
    (e: unknown) => {
      loadError = e;
      render();
    },
  );
  return { rerender: render };
}
