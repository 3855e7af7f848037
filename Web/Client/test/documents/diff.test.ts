import { describe, expect, it } from "vitest";
import { diffWords } from "../../src/documents/diff";

const join = (parts: ReturnType<typeof diffWords>, keep: "before" | "after") =>
  parts.filter((p) => p.kind === "same" || p.kind === (keep === "before" ? "removed" : "added")).map((p) => p.text).join("");

describe("word diff", () => {
  it("marks the changed words of a sentence", () => {
    const parts = diffWords("Lidé vědí, kam se obrátit.", "Senioři vědí, kam se obrátit o pomoc.");
    expect(parts).toEqual([
      { kind: "removed", text: "Lidé" },
      { kind: "added", text: "Senioři" },
      { kind: "same", text: " vědí, kam se " },
      { kind: "removed", text: "obrátit." },
      { kind: "added", text: "obrátit o pomoc." },
    ]);
  });

  it("rebuilds both texts from the parts, whatever they are", () => {
    const samples = ["", "a", "a b c", "služby v sociální oblasti\n\nnový odstavec", "x  y\tz", "a b a b a"];
    for (const before of samples) {
      for (const after of samples) {
        const parts = diffWords(before, after);
        expect(join(parts, "before")).toBe(before);
        expect(join(parts, "after")).toBe(after);
      }
    }
  });

  it("shows equal texts as one unchanged part", () => {
    expect(diffWords("stejný text", "stejný text")).toEqual([{ kind: "same", text: "stejný text" }]);
  });
});
