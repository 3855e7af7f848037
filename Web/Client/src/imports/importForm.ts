import { send } from "../api";
import { h, uid } from "../dom";
import { t } from "../i18n";
import { AlertBox, field, onSubmit, requireValue } from "../ui/forms";
import type { UnplacedLine } from "./types";
import "./imports.css";

export interface ImportFormOptions<T> {
  /** The import endpoint: POST { text, confirm }. */
  url: string;
  /** Texts of this import: the textarea's label and hint. */
  label: string;
  hint: string;
  /** The parsed structure, as headings and lists under the preview's heading (h3). */
  preview(response: T): Node[];
  unplaced(response: T): UnplacedLine[];
  /** After saving: what was saved, in a sentence; the form then starts anew. */
  saved(response: T): string;
}

/**
 * Paste or upload plain text, see what the import understood (the structure and the lines it could not place,
 * with their numbers), and only then save it. Nothing is saved before "Uložit"; changing the text needs a new preview.
 */
export class ImportForm<T> {
  readonly el: HTMLFormElement;
  private readonly alert = new AlertBox();
  private readonly text = h("textarea", { rows: 10, required: true, spellcheck: "false", class: "import-text" });
  private readonly file = h("input", { type: "file", accept: ".txt,.md,text/plain,text/markdown" });
  private readonly save = h("button", { type: "button", class: "primary", hidden: true }, t("import.save"));
  private readonly result = h("p", { class: "status", role: "status", tabindex: "-1" });
  private readonly previewEl = h("div", { class: "import-preview" });
  private previewed: string | null = null;

  constructor(private readonly options: ImportFormOptions<T>) {
    this.el = h(
      "form",
      { class: "import-form", novalidate: true },
      this.alert.el,
      field(options.label, this.text, options.hint),
      field(t("import.file"), this.file, t("import.fileHint")),
      h("div", { class: "form-row" }, h("button", { type: "submit" }, t("import.preview")), this.save),
      this.result,
      this.previewEl,
    );
    this.file.addEventListener("change", () => void this.alert.run(() => this.readFile()));
    this.text.addEventListener("input", () => this.showSave());
    onSubmit(this.el, this.alert, () => this.preview());
    this.save.addEventListener("click", () => void this.alert.run(() => this.confirm()));
  }

  /** Reads the chosen file in the browser (plain text, UTF-8) into the text field. */
  private async readFile(): Promise<void> {
    const chosen = this.file.files?.[0];
    if (!chosen) return;
    this.text.value = await chosen.text();
    this.showSave();
    this.result.textContent = t("import.fileRead", { name: chosen.name });
  }

  private async preview(): Promise<void> {
    requireValue(this.text);
    const text = this.text.value;
    const response = await send<T>("POST", this.options.url, { text, confirm: false });
    this.previewed = text;
    this.result.textContent = "";
    const headingId = uid("preview");
    const unplaced = this.options.unplaced(response);
    this.previewEl.replaceChildren(
      h(
        "section",
        { "aria-labelledby": headingId },
        h("h3", { id: headingId, tabindex: "-1" }, t("import.previewTitle")),
        h("p", { class: "hint" }, t("import.notSavedYet")),
        ...this.options.preview(response),
        unplacedList(unplaced),
      ),
    );
    this.showSave();
    this.previewEl.querySelector<HTMLElement>("h3")?.focus();
  }

  private async confirm(): Promise<void> {
    const text = this.text.value;
    if (text !== this.previewed) {
      return; // the button is hidden then; a new preview comes first
    }
    const response = await send<T>("POST", this.options.url, { text, confirm: true });
    this.previewed = null;
    this.text.value = "";
    this.file.value = "";
    this.previewEl.replaceChildren();
    this.showSave();
    this.result.textContent = this.options.saved(response);
    this.result.focus();
  }

  private showSave(): void {
    this.save.hidden = this.previewed === null || this.text.value !== this.previewed;
  }
}

/** The lines the import could not place, with their numbers and why. */
function unplacedList(lines: UnplacedLine[]): HTMLElement {
  if (lines.length === 0) {
    return h("p", { class: "import-all-placed" }, t("import.allPlaced"));
  }
  const headingId = uid("unplaced");
  return h(
    "section",
    { class: "import-unplaced", "aria-labelledby": headingId },
    h("h4", { id: headingId }, t("import.unplacedTitle", { count: lines.length })),
    h(
      "ul",
      {},
      lines.map((l) =>
        h("li", {}, h("span", { class: "line-number" }, t("import.line", { number: l.lineNumber })), " ", h("q", {}, l.text), " – ", t(`import.reason.${l.reason}`)),
      ),
    ),
  );
}
