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

/** One replacement that turns `before` into `after` (what is the same at the start and the end is kept). */
export function difference(before: string, after: string): TextOperation {
  let start = 0;
  const shorter = Math.min(before.length, after.length);
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  // Never between the two halves of a surrogate pair.
  if (start > 0 && isHighSurrogate(before.charCodeAt(start - 1))) start--;
  let end = 0;
  while (end < shorter - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  if (end > 0 && isLowSurrogate(before.charCodeAt(before.length - end))) end--;
  return TextOperation.splice(before.length, start, before.length - start - end, after.slice(start, after.length - end));
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
