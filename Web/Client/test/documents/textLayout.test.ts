import { describe, expect, it } from "vitest";
import { layout } from "../../src/documents/textLayout";

describe("layout", () => {
  it("is the whole text when nothing marks it", () => {
    expect(layout("Vize kraje", [], [])).toEqual([{ kind: "text", text: "Vize kraje" }]);
  });

  it("cuts the text at a comment range and puts a caret at its head", () => {
    const caret = { participantId: "p1", name: "Věra", anchor: 5, head: 5 };
    expect(layout("Vize kraje", [{ commentId: "c1", from: 5, to: 10 }], [caret])).toEqual([
      { kind: "text", text: "Vize " },
      { kind: "caret", caret },
      { kind: "text", text: "kraje", commentId: "c1" },
    ]);
  });

  it("marks another participant's selection, with the caret at its head whichever way it was made", () => {
    const caret = { participantId: "p2", name: "Karel", anchor: 4, head: 0 };
    expect(layout("Vize kraje", [], [caret])).toEqual([
      { kind: "caret", caret },
      { kind: "text", text: "Vize", selectedBy: "p2" },
      { kind: "text", text: " kraje" },
    ]);
  });

  it("shows a caret at the end of the text and in an empty text", () => {
    const caret = { participantId: "p1", name: "Věra", anchor: 4, head: 4 };
    expect(layout("Vize", [], [caret])).toEqual([{ kind: "text", text: "Vize" }, { kind: "caret", caret }]);
    expect(layout("", [], [{ ...caret, anchor: 0, head: 0 }])).toEqual([{ kind: "caret", caret: { ...caret, anchor: 0, head: 0 } }]);
  });
});
