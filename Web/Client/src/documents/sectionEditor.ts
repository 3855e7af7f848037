import { history, historyKeymap, defaultKeymap } from "@codemirror/commands";
import { Annotation, Compartment, EditorState, Transaction, type Extension } from "@codemirror/state";
import { EditorView, keymap } from "@codemirror/view";
import type { TextOperation } from "../text";
import { changesOf, operationOf } from "./changes";
import { commentRanges, setCommentRanges } from "./commentRanges";
import { remoteCarets, removeRemoteCaret, setRemoteCaret } from "./remoteCarets";
import type { CommentRange, HandOver, RemoteCaret, SectionTextView } from "./sectionText";

/** Marks changes that came from the server, so they are neither sent back nor undone by Ctrl+Z. */
const fromServer = Annotation.define<boolean>();

export interface SectionEditorOptions {
  text: string;
  /** The id of the element that names the editor (the section heading). */
  labelledBy: string;
  describedBy?: string;
  editable: boolean;
  /** A local edit, as an operation over the text before it. */
  edited(op: TextOperation): void;
  /** The local selection moved (or the text changed under it). */
  selectionMoved(anchor: number, head: number): void;
}

/**
 * One section's CodeMirror editor: plain text, undo and redo of one's own edits, remote carets. A chunk of its own,
 * loaded when someone starts editing (sectionText.ts).
 */
export class SectionEditor implements SectionTextView {
  readonly view: EditorView;
  private readonly editable = new Compartment();

  constructor(parent: HTMLElement, options: SectionEditorOptions) {
    this.view = new EditorView({
      parent,
      state: EditorState.create({
        doc: options.text,
        extensions: [
          EditorState.lineSeparator.of("\n"),
          EditorView.lineWrapping,
          history(),
          keymap.of([...defaultKeymap, ...historyKeymap]),
          remoteCarets(),
          commentRanges(),
          this.editable.of(editableExtension(options.editable)),
          EditorView.contentAttributes.of({
            "aria-labelledby": options.labelledBy,
            ...(options.describedBy ? { "aria-describedby": options.describedBy } : {}),
            "aria-multiline": "true",
            role: "textbox",
            lang: "cs",
          }),
          EditorView.updateListener.of((update) => {
            const remote = update.transactions.some((tr) => tr.annotation(fromServer));
            if (update.docChanged && !remote) options.edited(operationOf(update.changes));
            if (update.selectionSet && !remote && update.view.hasFocus) {
              const { anchor, head } = update.state.selection.main;
              options.selectionMoved(anchor, head);
            }
          }),
        ],
      }),
    });
  }

  get text(): string {
    return this.view.state.doc.toString();
  }

  get hasFocus(): boolean {
    return this.view.hasFocus;
  }

  /**
   * Goes on where the plain text stood: the others' carets, the comment ranges, then what the person typed there
   * (an edit of their own: sent, and undone by Ctrl+Z), their selection and the focus.
   */
  takeOver(from: HandOver): void {
    for (const caret of from.carets) this.showCaret(caret);
    this.showCommentRanges(from.ranges);
    if (from.typed) this.view.dispatch({ changes: changesOf(from.typed), userEvent: "input.type" });
    const length = this.view.state.doc.length;
    const { anchor, head } = from.selection;
    this.view.dispatch({ selection: { anchor: Math.min(anchor, length), head: Math.min(head, length) }, scrollIntoView: from.focused });
    if (from.focused) this.view.focus();
  }

  get selection(): { anchor: number; head: number } {
    const { anchor, head } = this.view.state.selection.main;
    return { anchor, head };
  }

  /** Applies a remote operation; the local selection and remote carets move with it. */
  applyRemote(op: TextOperation): void {
    this.view.dispatch({
      changes: changesOf(op),
      annotations: [fromServer.of(true), Transaction.addToHistory.of(false)],
    });
  }

  /** Replaces the whole text (after a refused edit or a snapshot), keeping the caret where it can. */
  reset(text: string): void {
    const head = Math.min(this.view.state.selection.main.head, text.length);
    this.view.dispatch({
      changes: { from: 0, to: this.view.state.doc.length, insert: text },
      selection: { anchor: head },
      annotations: [fromServer.of(true), Transaction.addToHistory.of(false)],
    });
  }

  setEditable(editable: boolean): void {
    this.view.dispatch({ effects: this.editable.reconfigure(editableExtension(editable)) });
  }

  showCaret(caret: RemoteCaret): void {
    const length = this.view.state.doc.length;
    this.view.dispatch({
      effects: setRemoteCaret.of({ ...caret, anchor: Math.min(caret.anchor, length), head: Math.min(caret.head, length) }),
    });
  }

  hideCaret(participantId: string): void {
    this.view.dispatch({ effects: removeRemoteCaret.of(participantId) });
  }

  showCommentRanges(ranges: readonly CommentRange[]): void {
    this.view.dispatch({ effects: setCommentRanges.of(ranges) });
  }

  /** Selects a range and puts the focus in the editor (e.g. to show what a comment is about). */
  select(from: number, to: number): void {
    const length = this.view.state.doc.length;
    this.view.dispatch({ selection: { anchor: Math.min(from, length), head: Math.min(to, length) }, scrollIntoView: true });
    this.view.focus();
  }

  destroy(): void {
    this.view.destroy();
  }
}

function editableExtension(editable: boolean): Extension {
  return [
    EditorView.editable.of(editable),
    EditorState.readOnly.of(!editable),
    EditorView.contentAttributes.of({ "aria-readonly": String(!editable) }),
  ];
}
