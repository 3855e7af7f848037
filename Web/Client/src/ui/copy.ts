import { h, uid } from "../dom";
import { t } from "../i18n";
import { StatusBox } from "./forms";

/** Copies an input's text: the Clipboard API where allowed, else selects it for the person to copy. */
export async function copyFrom(input: HTMLInputElement): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(input.value);
      return true;
    }
  } catch {
    // fall through to selecting the text
  }
  input.focus();
  input.select();
  try {
    return document.execCommand("copy");
  } catch {
    return false;
  }
}

/** A read-only, labelled text box with a Copy button and a polite confirmation. */
export function copyField(label: string, value: string, hint?: string): HTMLElement {
  const status = new StatusBox();
  const input = h("input", { type: "text", readonly: true, value, id: uid("copy"), class: "copy-input", spellcheck: "false" });
  const hintEl = hint ? h("p", { class: "hint", id: uid("hint") }, hint) : null;
  if (hintEl) {
    input.setAttribute("aria-describedby", hintEl.id);
  }
  input.addEventListener("focus", () => input.select());
  const button = h(
    "button",
    {
      type: "button",
      onclick: async () => {
        const copied = await copyFrom(input);
        status.show(copied ? t("copy.done") : t("copy.selected"));
      },
    },
    t("copy.button"),
  );
  return h("div", { class: "field copy-field" }, h("label", { for: input.id }, label), hintEl, h("div", { class: "copy-row" }, input, button), status.el);
}
