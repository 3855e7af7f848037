import { describe, expect, it } from "vitest";
import { TextLimits, TextOperation, TextOperationError } from "../../src/text";
import { Rng, randomOperation, randomText } from "./random";

const iterations = 3_000;

function expectNormalized(op: TextOperation): void {
  const kind = (c: number | string): string => (typeof c === "string" ? "i" : c > 0 ? "r" : "d");
  op.ops.forEach((c, i) => {
    expect(typeof c === "string" ? c.length : Math.abs(c)).toBeGreaterThan(0);
    if (i > 0) {
      expect(kind(c)).not.toBe(kind(op.ops[i - 1]));
      expect(kind(op.ops[i - 1]) === "d" && kind(c) === "i").toBe(false);
    }
  });
}

describe("text operation properties (seeded)", () => {
  it.each([1, 2, 3])("transform converges (seed %i)", (seed) => {
    const rng = new Rng(seed);
    for (let i = 0; i < iterations; i++) {
      const s = randomText(rng, 30);
      const a = randomOperation(rng, s);
      const b = randomOperation(rng, s);
      const [aPrime, bPrime] = TextOperation.transform(a, b);
      const viaA = bPrime.apply(a.apply(s));
      const viaB = aPrime.apply(b.apply(s));
      if (viaA !== viaB) throw new Error(`seed ${seed} #${i}: s=${s} a=${a} b=${b}`);
      expectNormalized(aPrime);
      expectNormalized(bPrime);
    }
  });

  it.each([11, 12])("compose equals sequential apply (seed %i)", (seed) => {
    const rng = new Rng(seed);
    for (let i = 0; i < iterations; i++) {
      const s = randomText(rng, 30);
      const a = randomOperation(rng, s);
      const afterA = a.apply(s);
      const b = randomOperation(rng, afterA);
      const ab = TextOperation.compose(a, b);
      if (ab.apply(s) !== b.apply(afterA)) throw new Error(`seed ${seed} #${i}: s=${s} a=${a} b=${b}`);
      expect(ab.baseLength).toBe(a.baseLength);
      expect(ab.targetLength).toBe(b.targetLength);
      expectNormalized(ab);
    }
  });

  it("invert undoes", () => {
    const rng = new Rng(21);
    for (let i = 0; i < iterations; i++) {
      const s = randomText(rng, 30);
      const a = randomOperation(rng, s);
      expect(a.invert(s).apply(a.apply(s))).toBe(s);
    }
  });

  it("JSON round-trips", () => {
    const rng = new Rng(41);
    for (let i = 0; i < iterations; i++) {
      const a = randomOperation(rng, randomText(rng, 30));
      expect(TextOperation.parse(JSON.stringify(a)).equals(a)).toBe(true);
    }
  });

  it("never lets an insert split a pair", () => {
    const rng = new Rng(71);
    let refused = 0;
    for (let i = 0; i < iterations; i++) {
      const s = randomText(rng, 10);
      const inside = s.indexOf("\ud83d");
      if (inside < 0) continue;
      const op = TextOperation.splice(s.length, inside + 1, 0, "x");
      expect(() => op.apply(s)).toThrowError(TextOperationError);
      refused++;
    }
    expect(refused).toBeGreaterThan(100);
  });
});

describe("limits", () => {
  const codeOf = (action: () => unknown): string | undefined => {
    try {
      action();
    } catch (e) {
      return e instanceof TextOperationError ? e.code : "other";
    }
    return undefined;
  };

  it("refuses a document above the limit and accepts one at the limit", () => {
    const full = "a".repeat(TextLimits.maxDocumentLength);
    expect(codeOf(() => TextOperation.splice(full.length, 0, 0, "b").apply(full))).toBe("text.too_large");
    const almost = full.substring(1);
    expect(TextOperation.splice(almost.length, 0, 0, "b").apply(almost).length).toBe(TextLimits.maxDocumentLength);
  });

  it("limits in-process operations only when asked", () => {
    const op = TextOperation.create().insert("a".repeat(TextLimits.maxInsertedLength + 1)).build();
    expect(op.apply("").length).toBe(TextLimits.maxInsertedLength + 1);
    expect(codeOf(() => op.ensureWithinLimits())).toBe("text.too_large");
  });

  it("refuses lone surrogates in the builder", () => {
    expect(codeOf(() => TextOperation.create().insert("\ud83d"))).toBe("text.surrogate_split");
  });
});
