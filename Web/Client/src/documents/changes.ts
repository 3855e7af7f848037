import type { ChangeSet, ChangeSpec } from "@codemirror/state";
import { TextOperation, TextOperationBuilder } from "../text";

// CodeMirror counts positions in UTF-16 code units, as TextOperation does, and the editors use "\n" as their
// only line separator, so a section's text and the editor's document have the same length and positions.

/** A CodeMirror change set as a text operation over the same text. */
export function operationOf(changes: ChangeSet): TextOperation {
  const builder = new TextOperationBuilder();
  let position = 0;
  changes.iterChanges((fromA, toA, _fromB, _toB, inserted) => {
    builder.retain(fromA - position).insert(inserted.toString()).delete(toA - fromA);
    position = toA;
  });
  builder.retain(changes.length - position);
  return TextOperation.fromBuilder(builder);
}

/** A text operation as CodeMirror changes (positions in the text before the operation). */
export function changesOf(operation: TextOperation): ChangeSpec[] {
  const changes: { from: number; to?: number; insert?: string }[] = [];
  let position = 0;
  for (const c of operation.ops) {
    if (typeof c === "string") {
      changes.push({ from: position, insert: c });
    } else if (c > 0) {
      position += c;
    } else {
      const last = changes[changes.length - 1];
      // The normal form puts an insert before the delete at the same place: one replacement.
      if (last && last.from === position && last.to === undefined) last.to = position - c;
      else changes.push({ from: position, to: position - c });
      position -= c;
    }
  }
  return changes;
}
