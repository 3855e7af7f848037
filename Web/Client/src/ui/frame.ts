import { h } from "../dom";
import type { PageContext } from "../router";

/** A page's stable heading and content area: the heading keeps its element (and focus) across re-renders. */
export class Frame {
  readonly heading = h("h1", { tabindex: "-1" });
  readonly content = h("div", { class: "page-content" });
  private readied = false;

  constructor(private readonly context: PageContext) {
    context.main.replaceChildren(this.heading, this.content);
  }

  /** Sets the heading and content; the first call after loading also tells the router the page is ready. */
  show(title: string, ...children: (Node | null | undefined | false)[]): void {
    this.heading.textContent = title;
    this.content.replaceChildren(...children.filter((c): c is Node => !!c));
  }

  ready(): void {
    if (!this.readied) {
      this.readied = true;
      this.context.ready();
    }
  }
}
