import { ChangeSet, EditorState, Text } from "@codemirror/state";
import { describe, expect, it } from "vitest";
import { changesOf, difference, operationOf } from "../../src/documents/changes";
import { TextOperation } from "../../src/text";

const doc = (text: string) => EditorState.create({ doc: text, extensions: EditorState.lineSeparator.of("\n") }).doc;

describe("CodeMirror changes and text operations", () => {
  it("turns a CodeMirror edit into the operation that makes the same text", () => {
    const text = "Lidé vědí,\nkam se obrátit.";
    const changes = ChangeSet.of(
      [
        { from: 0, to: 4, insert: "Senioři" },
        { from: 11, insert: "👍 " },
        { from: 20, to: 26 },
      ],
      text.length,
    );
    const op = operationOf(changes);
    expect(op.apply(text)).toBe(changes.apply(Text.of(text.split("\n"))).toString());
    expect(op.baseLength).toBe(text.length);
  });

  it("applies an operation to the editor as the operation itself would", () => {
    const text = "Řízení služeb v sociální oblasti";
    const op = TextOperation.fromJSON([7, "všech ", 6, "ž", -1, 18]);
    const state = EditorState.create({ doc: text, extensions: EditorState.lineSeparator.of("\n") });
    const after = state.update({ changes: changesOf(op) }).state.doc.toString();
    expect(after).toBe(op.apply(text));
  });

  it("round-trips: the operation of the changes of an operation is the operation", () => {
    const text = "a\nb\r\nc";
    const op = TextOperation.fromJSON([1, "x", -2, 1, "\n", 2]);
    const state = EditorState.create({ doc: text, extensions: EditorState.lineSeparator.of("\n") });
    expect(doc(text).length).toBe(text.length);
    const tr = state.update({ changes: changesOf(op) });
    expect(operationOf(tr.changes).equals(op)).toBe(true);
  });

  it("maps positions as the server does", () => {
    const op = TextOperation.fromJSON([3, "ab", -2, 5]);
    expect(op.mapPosition(3, true)).toBe(5);
    expect(op.mapPosition(3, false)).toBe(3);
    expect(op.mapPosition(4, false)).toBe(5);
    expect(op.mapPosition(6, false)).toBe(6);
  });
});

describe("difference", () => {
  it("is one replacement between what stayed the same at the start and at the end", () => {
    const before = "Vize kraje.";
    for (const after of ["Vize našeho kraje.", "Vize.", "Nová vize kraje. Doplněno.", "", "Vize kraje."]) {
      expect(difference(before, after).apply(before)).toBe(after);
    }
    expect(difference(before, "Vize našeho kraje.").toJSON()).toEqual([5, "našeho ", 6]);
  });

  it("never cuts a surrogate pair in two", () => {
    const op = difference("a😀b", "a😃b");
    expect(op.apply("a😀b")).toBe("a😃b");
    expect(op.toJSON()).toEqual([1, "😃", -2, 1]);
  });
});
