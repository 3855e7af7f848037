import { h } from "../dom";
import type { TextOperation } from "../text";
import { colourOf } from "./colours";
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

/** What was typed or pasted into the plain text while the editor loaded; the editor replays it. */
export type PendingInput = { kind: "key"; event: KeyboardEvent } | { kind: "paste"; text: string };

/** Everything the editor takes over from the plain text (the text itself is read from {@link PlainSectionText.text}). */
export interface HandOver {
  carets: readonly RemoteCaret[];
  ranges: readonly CommentRange[];
  selection: { anchor: number; head: number };
  focused: boolean;
  pending: readonly PendingInput[];
}

export interface PlainSectionTextOptions {
  text: string;
  labelledBy: string;
  describedBy?: string;
  editable: boolean;
  /** Someone who may edit focused the text or typed into it: load the editor. */
  startEditing(): void;
}

/**
 * A section's text without the editor (docs/architecture.md, "Chunks"): the same textbox for assistive technology,
 * the same comment highlights and remote carets, moved along with every remote edit. Observers and read-only
 * viewers only ever see this; for someone who may edit, focusing it starts loading the editor, and keys and pastes
 * until it is there are kept for it, so nothing typed is lost.
 */
export class PlainSectionText implements SectionTextView {
  readonly el: HTMLElement;
  private current: string;
  private editable: boolean;
  private readonly carets = new Map<string, RemoteCaret>();
  private ranges: readonly CommentRange[] = [];
  private readonly pending: PendingInput[] = [];

  constructor(private readonly options: PlainSectionTextOptions) {
    this.current = options.text;
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
    });
    this.el.addEventListener("keydown", (event) => this.keyDown(event));
    this.el.addEventListener("paste", (event) => this.paste(event));
    this.setEditable(options.editable);
    this.render();
  }

  get text(): string {
    return this.current;
  }

  get hasFocus(): boolean {
    return document.activeElement === this.el;
  }

  /** The selection the browser shows in the text (a click puts a collapsed one where it was). */
  get selection(): { anchor: number; head: number } {
    const selection = document.getSelection();
    if (!selection?.anchorNode || !selection.focusNode) return { anchor: 0, head: 0 };
    const anchor = this.offsetOf(selection.anchorNode, selection.anchorOffset);
    const head = this.offsetOf(selection.focusNode, selection.focusOffset);
    return anchor === null || head === null ? { anchor: 0, head: 0 } : { anchor, head };
  }

  applyRemote(op: TextOperation): void {
    const selection = this.hasFocus ? this.selection : null;
    this.current = op.apply(this.current);
    for (const [id, caret] of this.carets) {
      this.carets.set(id, { ...caret, anchor: op.mapPosition(caret.anchor, true), head: op.mapPosition(caret.head, true) });
    }
    // As in the editor: text typed at either end of a commented range stays outside it.
    this.ranges = this.ranges.map((r) => ({ ...r, from: op.mapPosition(r.from, true), to: op.mapPosition(r.to, false) }));
    this.render();
    if (selection) this.select(op.mapPosition(selection.anchor, true), op.mapPosition(selection.head, true));
  }

  reset(text: string): void {
    this.current = text;
    this.render();
  }

  setEditable(editable: boolean): void {
    this.editable = editable;
    this.el.setAttribute("aria-readonly", String(!editable));
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

  /** Gives the editor what it needs to go on where this text stands; nothing more is kept here afterwards. */
  handOver(): HandOver {
    return {
      carets: [...this.carets.values()],
      ranges: this.ranges,
      selection: this.selection,
      focused: this.hasFocus,
      pending: this.pending.splice(0),
    };
  }

  destroy(): void {
    this.el.remove();
  }

  private activate(): void {
    if (this.editable) this.options.startEditing();
  }

  private keyDown(event: KeyboardEvent): void {
    if (!this.editable || event.isComposing || !keptForEditor(event)) return;
    event.preventDefault();
    this.pending.push({ kind: "key", event });
    this.activate();
  }

  private paste(event: ClipboardEvent): void {
    const text = event.clipboardData?.getData("text/plain");
    if (!this.editable || !text) return;
    event.preventDefault();
    this.pending.push({ kind: "paste", text });
    this.activate();
  }

  private render(): void {
    const length = this.current.length;
    const parts = layout(
      this.current,
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
      // A final line break shows an empty last line, as the editor does.
      this.current.endsWith("\n") ? "\n" : "",
    );
  }

  /** A position in the text for a point of the DOM inside this element (null outside it). */
  private offsetOf(node: Node, offset: number): number | null {
    if (!this.el.contains(node)) return null;
    const range = document.createRange();
    range.setStart(this.el, 0);
    range.setEnd(node, offset);
    return Math.min(range.toString().length, this.current.length);
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

/** Keys kept for the editor: all but moving on (Tab), lone modifiers, and copying or cutting (the browser's own). */
function keptForEditor(event: KeyboardEvent): boolean {
  if (["Tab", "Shift", "Control", "Alt", "Meta", "AltGraph", "CapsLock", "Escape"].includes(event.key)) return false;
  const command = event.ctrlKey || event.metaKey;
  return !(command && ["c", "x", "v", "insert"].includes(event.key.toLowerCase()));
}
