import { StateEffect, StateField, type Extension } from "@codemirror/state";
import { Decoration, EditorView, type DecorationSet } from "@codemirror/view";
import type { CommentRange } from "./sectionText";

/** Replaces the highlighted comment ranges of the editor. */
export const setCommentRanges = StateEffect.define<readonly CommentRange[]>();

const mark = (commentId: string) =>
  // Not inclusive: text typed at either end stays outside the range, as on the server.
  Decoration.mark({ class: "comment-range", attributes: { "data-comment": commentId }, inclusiveStart: false, inclusiveEnd: false });

/** Highlights the text that open comments are about; the ranges move with every change. */
export function commentRanges(): Extension {
  return StateField.define<DecorationSet>({
    create: () => Decoration.none,
    update(decorations, tr) {
      let next = decorations.map(tr.changes);
      for (const effect of tr.effects) {
        if (effect.is(setCommentRanges)) {
          const length = tr.state.doc.length;
          next = Decoration.set(
            effect.value
              .map((r) => ({ ...r, from: Math.min(r.from, length), to: Math.min(r.to, length) }))
              .filter((r) => r.from < r.to)
              .map((r) => mark(r.commentId).range(r.from, r.to)),
            true,
          );
        }
      }
      return next;
    },
    provide: (field) => EditorView.decorations.from(field),
  });
}
