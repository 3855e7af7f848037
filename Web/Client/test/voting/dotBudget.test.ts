import { describe, expect, it } from "vitest";
import { tn, useTexts } from "../../src/i18n";
import { dotsLeft, fitted, mayAdd, mayRemove, step } from "../../src/voting/dotBudget";

const limits = { total: 3, maxEach: 3 };

describe("dot steppers", () => {
  it("never place more dots than the voter has, nor fewer than none", () => {
    let values = new Map<string, number>();
    for (let i = 0; i < 5; i++) values = step(values, "a", 1, limits);
    expect(values.get("a")).toBe(3);
    expect(dotsLeft(values.values(), limits)).toBe(0);
    expect(mayAdd(values, "b", limits)).toBe(false);
    expect(step(values, "b", 1, limits).get("b") ?? 0).toBe(0);

    for (let i = 0; i < 5; i++) values = step(values, "a", -1, limits);
    expect(values.get("a")).toBe(0);
    expect(mayRemove(values, "a")).toBe(false);
    expect(dotsLeft(values.values(), limits)).toBe(3);
  });

  it("keep to one dot per option when dots may not be stacked", () => {
    const single = { total: 3, maxEach: 1 };
    const values = step(step(new Map(), "a", 1, single), "a", 1, single);
    expect(values.get("a")).toBe(1);
    expect(mayAdd(values, "a", single)).toBe(false);
    expect(mayAdd(values, "b", single)).toBe(true);
  });

  it("show no negative dots left and cut an allocation from elsewhere down to fit", () => {
    expect(dotsLeft([4, 2], limits)).toBe(0);
    expect([...fitted([["a", 2], ["b", 2.7], ["c", -1]], limits)]).toEqual([["a", 2], ["b", 1], ["c", 0]]);
  });
});

describe("plurals", () => {
  const variants = (one: string, few: string, many: string, other: string) => ({ "dots.count.one": one, "dots.count.few": few, "dots.count.many": many, "dots.count.other": other });

  it("follow the Czech categories: 1 bod, 3 body, 5 bodů, 0 bodů", () => {
    useTexts("cs", variants("{count} bod", "{count} body", "{count} bodu", "{count} bodů"));
    expect([0, 1, 2, 3, 4, 5, 21, 1.5].map((n) => tn("dots.count", n))).toEqual(["0 bodů", "1 bod", "2 body", "3 body", "4 body", "5 bodů", "21 bodů", "1,5 bodu"]);
  });

  it("follow the English ones, and fall back to the other form", () => {
    useTexts("en", { "dots.count.one": "{count} dot", "dots.count.other": "{count} dots" });
    expect([1, 3, 0].map((n) => tn("dots.count", n))).toEqual(["1 dot", "3 dots", "0 dots"]);
  });
});
