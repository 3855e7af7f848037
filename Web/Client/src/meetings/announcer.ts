import { h } from "../dom";

/** The page's one polite live region: everything the meeting page tells screen reader users goes through it. */
export class Announcer {
  readonly el = h("div", { class: "visually-hidden announcer", "aria-live": "polite" });

  say(messages: string | readonly string[]): void {
    const text = typeof messages === "string" ? messages : messages.join(" ");
    // A new text node is announced even when the words repeat (the floor given twice).
    if (text) this.el.replaceChildren(document.createTextNode(text));
  }
}
