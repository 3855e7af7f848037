import { h } from "../dom";
import { TextOperation } from "../text";
import { colourOf } from "./colours";
import { difference } from "./changes";
import { layout } from "./textLayout";

/** Another participant's caret and selection, in positions of the text as this browser shows it. */
export interface RemoteCaret {
  participantId: string;
  name: string;
  anchor: number;
  head: number;
}

/** A commented range, in positions of the text as this browser shows it. */
export interface CommentRange {
  commentId: string;
  from: number;
  to: number;
}

/** What a section shows its text with: the plain text below until someone starts editing, then the editor. */
export interface SectionTextView {
  readonly text: string;
  readonly selection: { anchor: number; head: number };
  readonly hasFocus: boolean;
  applyRemote(op: TextOperation): void;
  reset(text: string): void;
  setEditable(editable: boolean): void;
  showCaret(caret: RemoteCaret): void;
  hideCaret(participantId: string): void;
  showCommentRanges(ranges: readonly CommentRange[]): void;
  select(from: number, to: number): void;
  destroy(): void;
}

/** Everything the editor takes over from the plain text, which it starts from (its {@link PlainSectionText.text}). */
export interface HandOver {
  /** What the person typed before the editor was there, over that text (null: nothing). */
  typed: TextOperation | null;
  /** The person's selection after it. */
  selection: { anchor: number; head: number };
  carets: readonly RemoteCaret[];
  ranges: readonly CommentRange[];
  focused: boolean;
}

export interface PlainSectionTextOptions {
  text: string;
  labelledBy: string;
  describedBy?: string;
  editable: boolean;
  /** Someone who may edit focused the text: load the editor. */
  startEditing(): void;
}

/**
 * A section's text without the editor (docs/architecture.md, "Chunks"): the same textbox for assistive technology,
 * the same comment highlights and remote carets, moved along with every remote edit. Observers and read-only
 * viewers only ever see this. For someone who may edit it is a plain-text contenteditable (a phone shows its
 * keyboard, any input method works), and focusing it starts loading the editor; from then on it shows no remote
 * change, so nothing typed is overwritten: remote edits wait, and the editor is handed what was typed, transformed
 * over them, as the person's own edit.
 */
export class PlainSectionText implements SectionTextView {
  readonly el: HTMLElement;
  /** The text as last shown; remote edits since editing started wait in {@link waiting}. */
  private shown: string;
  private waiting: TextOperation | null = null;
  private editing = false;
  private composing = false;
  private editable: boolean;
  private readonly carets = new Map<string, RemoteCaret>();
  private ranges: readonly CommentRange[] = [];

  constructor(private readonly options: PlainSectionTextOptions) {
    this.shown = options.text;
    this.editable = options.editable;
    this.el = h("div", {
      class: "plain-text",
      role: "textbox",
      tabindex: "0",
      "aria-multiline": "true",
      "aria-labelledby": options.labelledBy,
      "aria-describedby": options.describedBy,
      lang: "cs",
      onfocus: () => this.activate(),
      oncompositionstart: () => (this.composing = true),
      oncompositionend: () => (this.composing = false),
    });
    this.setEditable(options.editable);
    this.render();
  }

  /** The section's text with every remote edit (what the server has, with nothing typed here). */
  get text(): string {
    return this.waiting ? this.waiting.apply(this.shown) : this.shown;
  }

  get hasFocus(): boolean {
    return document.activeElement === this.el;
  }

  /** Is an input method composing (the editor waits for it to finish before it takes over)? */
  get isComposing(): boolean {
    return this.composing;
  }

  /** The selection the browser shows in the text, in positions of what it shows. */
  get selection(): { anchor: number; head: number } {
    const selection = document.getSelection();
    if (!selection?.anchorNode || !selection.focusNode) return { anchor: 0, head: 0 };
    const anchor = this.offsetOf(selection.anchorNode, selection.anchorOffset);
    const head = this.offsetOf(selection.focusNode, selection.focusOffset);
    return anchor === null || head === null ? { anchor: 0, head: 0 } : { anchor, head };
  }

  applyRemote(op: TextOperation): void {
    // Carets and comment ranges come in positions of the text with every remote edit: they move with it too.
    for (const [id, caret] of this.carets) {
      this.carets.set(id, { ...caret, anchor: op.mapPosition(caret.anchor, true), head: op.mapPosition(caret.head, true) });
    }
    // As in the editor: text typed at either end of a commented range stays outside it.
    this.ranges = this.ranges.map((r) => ({ ...r, from: op.mapPosition(r.from, true), to: op.mapPosition(r.to, false) }));
    if (this.editing) {
      this.waiting = this.waiting ? TextOperation.compose(this.waiting, op) : op;
      return;
    }
    const selection = this.hasFocus ? this.selection : null;
    this.shown = op.apply(this.shown);
    this.render();
    if (selection) this.select(op.mapPosition(selection.anchor, true), op.mapPosition(selection.head, true));
  }

  reset(text: string): void {
    this.shown = text;
    this.waiting = null;
    this.render(true);
  }

  setEditable(editable: boolean): void {
    this.editable = editable;
    this.el.setAttribute("aria-readonly", String(!editable));
    if (editable) this.el.setAttribute("contenteditable", "plaintext-only");
    else this.el.removeAttribute("contenteditable");
    if (editable && this.hasFocus) this.activate();
  }

  showCaret(caret: RemoteCaret): void {
    this.carets.set(caret.participantId, caret);
    this.render();
  }

  hideCaret(participantId: string): void {
    if (this.carets.delete(participantId)) this.render();
  }

  showCommentRanges(ranges: readonly CommentRange[]): void {
    this.ranges = ranges;
    this.render();
  }

  /** Selects a range of the text and puts the focus on it. */
  select(from: number, to: number): void {
    const start = this.pointAt(from);
    const end = this.pointAt(to);
    this.el.focus();
    document.getSelection()?.setBaseAndExtent(start.node, start.offset, end.node, end.offset);
    start.node.parentElement?.scrollIntoView({ block: "nearest" });
  }

  /** What the editor needs to go on from {@link text} to where the person is. */
  handOver(): HandOver {
    const typedText = this.el.textContent ?? "";
    const selection = this.selection;
    const typed = typedText === this.shown ? null : difference(this.shown, typedText);
    if (!this.waiting) return { typed, selection, carets: [...this.carets.values()], ranges: this.ranges, focused: this.hasFocus };
    // The remote edits came first (the server has them): what was typed goes over them, and the selection with it.
    const [remote, local] = typed ? TextOperation.transform(this.waiting, typed) : [this.waiting, null];
    return {
      typed: local,
      selection: { anchor: remote.mapPosition(selection.anchor, true), head: remote.mapPosition(selection.head, true) },
      carets: [...this.carets.values()],
      ranges: this.ranges,
      focused: this.hasFocus,
    };
  }

  destroy(): void {
    this.el.remove();
  }

  private activate(): void {
    if (!this.editable || this.editing) return;
    this.editing = true;
    this.options.startEditing();
  }

  /** Shows the text with its marks; while someone edits it only when `force`d (what they typed is then dropped). */
  private render(force = false): void {
    if (this.editing && !force) return;
    const length = this.shown.length;
    const parts = layout(
      this.shown,
      this.ranges.map((r) => ({ ...r, from: Math.min(r.from, length), to: Math.min(r.to, length) })),
      [...this.carets.values()].map((c) => ({ ...c, anchor: Math.min(c.anchor, length), head: Math.min(c.head, length) })),
    );
    this.el.replaceChildren(
      ...parts.map((part) => {
        if (part.kind === "caret") {
          const colour = colourOf(part.caret.participantId);
          // The name is drawn by CSS from data-name, so it is neither part of the text nor read out within it.
          return h("span", {
            class: "remote-caret",
            "aria-hidden": "true",
            contenteditable: "false",
            "data-name": part.caret.name,
            style: `border-color: ${colour}; --caret-colour: ${colour}`,
          });
        }
        let node: Node = document.createTextNode(part.text);
        if (part.selectedBy) {
          node = h("span", { class: "remote-selection", style: `background-color: ${colourOf(part.selectedBy)}33` }, node);
        }
        if (part.commentId) node = h("span", { class: "comment-range", "data-comment": part.commentId }, node);
        return node;
      }),
    );
  }

  /** A position in the text for a point of the DOM inside this element (null outside it). */
  private offsetOf(node: Node, offset: number): number | null {
    if (!this.el.contains(node)) return null;
    const range = document.createRange();
    range.setStart(this.el, 0);
    range.setEnd(node, offset);
    return range.toString().length;
  }

  /** The text node and offset in it of a position of the text. */
  private pointAt(position: number): { node: Node; offset: number } {
    const walker = document.createTreeWalker(this.el, NodeFilter.SHOW_TEXT);
    let passed = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const length = node.textContent?.length ?? 0;
      if (position <= passed + length) return { node, offset: position - passed };
      passed += length;
    }
    return { node: this.el, offset: this.el.childNodes.length };
  }
}
