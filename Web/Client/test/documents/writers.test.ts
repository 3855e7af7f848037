import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { WRITER_EXPIRES_MS, Writers } from "../../src/documents/writers";

describe("Writers (who is writing in a section)", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("names a person from their edit until they have been quiet a few seconds", () => {
    const changes: string[][] = [];
    const writers = new Writers(() => changes.push(writers.current.map(([, name]) => name)));

    writers.seen("k", "Karel");
    vi.advanceTimersByTime(WRITER_EXPIRES_MS - 1);
    expect(writers.current).toEqual([["k", "Karel"]]);

    vi.advanceTimersByTime(1);
    expect(writers.current).toEqual([]);
    expect(changes).toEqual([["Karel"], []]);
  });

  it("keeps a person who goes on writing, and lets each person expire on their own", () => {
    const writers = new Writers(() => undefined);
    writers.seen("k", "Karel");
    vi.advanceTimersByTime(WRITER_EXPIRES_MS - 1000);
    writers.seen("k", "Karel"); // another edit restarts the time
    writers.seen("j", "Jana");
    vi.advanceTimersByTime(WRITER_EXPIRES_MS - 1);
    expect(writers.current.map(([id]) => id)).toEqual(["k", "j"]);

    vi.advanceTimersByTime(1);
    expect(writers.current).toEqual([]);
  });

  it("forgets a person at once when asked (they left, or write elsewhere)", () => {
    let changed = 0;
    const expired: string[] = [];
    const writers = new Writers(() => changed++, (id) => expired.push(id));
    writers.seen("k", "Karel");
    writers.forget("k");
    vi.advanceTimersByTime(WRITER_EXPIRES_MS * 2);
    expect([writers.current, changed, expired]).toEqual([[], 2, []]);
  });

  it("says who went quiet, so their caret can go as well", () => {
    const expired: string[] = [];
    const writers = new Writers(() => undefined, (id) => expired.push(id));
    writers.seen("k", "Karel");
    vi.advanceTimersByTime(WRITER_EXPIRES_MS);
    expect(expired).toEqual(["k"]);
  });
});
