import { describe, expect, it } from "vitest";
import { displayCode, normalizeCode, parseJoinFragment } from "../src/joinCodes";

describe("join codes", () => {
  it("reads a code in any case, with spaces and hyphens", () => {
    expect(normalizeCode(" abc-234 ")).toBe("ABC234");
    expect(normalizeCode("ab c2 34")).toBe("ABC234");
    expect(normalizeCode("ABC23")).toBeNull();
    expect(normalizeCode("ABC230")).toBeNull();
    expect(normalizeCode("OIL234")).toBeNull();
  });

  it("shows a code in two halves", () => {
    expect(displayCode("ABC234")).toBe("ABC-234");
  });

  it("tells a code from a token in the fragment", () => {
    expect(parseJoinFragment("#code=ABC234")).toEqual({ code: "ABC234" });
    expect(parseJoinFragment("#q1w2e3")).toEqual({ token: "q1w2e3" });
    expect(parseJoinFragment("")).toBeNull();
  });
});
