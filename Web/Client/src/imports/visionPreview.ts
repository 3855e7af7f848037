import { h, paragraphs } from "../dom";
import { t } from "../i18n";
import type { VisionImportResponse } from "./types";

/** What a vision record import understood: the document it makes (or keeps), the areas, and the proposals under them. */
export function visionPreview({ preview }: VisionImportResponse): Node[] {
  const record = preview.record;
  const parts: (HTMLElement | null)[] = [
    h(
      "p",
      {},
      preview.existingDocumentTitle !== null
        ? t("import.vision.keepsDocument", { title: preview.existingDocumentTitle })
        : preview.createsDocument
          ? t("import.vision.createsDocument", { title: record.title ?? t("import.vision.meetingTitle") })
          : t("import.vision.noAreas"),
    ),
    record.fields.length > 0
      ? h(
          "div",
          {},
          h("h4", {}, t("import.vision.fields")),
          h("dl", { class: "import-fields" }, record.fields.flatMap((f) => [h("dt", {}, f.label), h("dd", {}, f.value)])),
          h("p", { class: "hint" }, t("import.vision.fieldsNotSaved")),
        )
      : null,
    record.introduction
      ? h("div", {}, h("h4", {}, t("import.vision.introduction")), paragraphs(record.introduction), h("p", { class: "hint" }, t("import.vision.introductionNotSaved")))
      : null,
    record.areas.length > 0
      ? h(
          "div",
          {},
          h("h4", {}, t("import.vision.areas", { count: record.areas.length })),
          h("ul", {}, record.areas.map((a) => h("li", {}, h("strong", {}, a.heading), paragraphs(a.text)))),
        )
      : null,
    h(
      "div",
      {},
      h("h4", {}, t("import.vision.proposals", { count: preview.groups.reduce((n, g) => n + g.items.length, 0) })),
      preview.groups.length === 0
        ? h("p", {}, t("import.vision.noProposals"))
        : h(
            "ul",
            {},
            preview.groups.map((g) =>
              h(
                "li",
                {},
                h("strong", {}, t("import.vision.group", { heading: g.heading ?? t("import.vision.noHeading"), area: g.areaHeading ?? t("board.unplaced"), count: g.items.length })),
                h("ul", {}, g.items.map((i) => h("li", {}, i.text))),
              ),
            ),
          ),
    ),
  ];
  return parts.filter((n): n is HTMLElement => n !== null);
}
