import { describe, expect, it } from "vitest";
import { compile } from "../src/routePattern";

describe("compile", () => {
  it("matches parameters and an optional trailing slash", () => {
    const { pattern, names } = compile("/groups/:id");
    expect(names).toEqual(["id"]);
    expect(pattern.exec("/groups/abc")?.[1]).toBe("abc");
    expect(pattern.test("/groups/abc/")).toBe(true);
    expect(pattern.test("/groups/abc/x")).toBe(false);
    expect(compile("/").pattern.test("/")).toBe(true);
  });
});

describe("an optional last part", () => {
  it("matches with and without it", () => {
    const { pattern, names } = compile("/meetings/:id/:area?");
    expect(names).toEqual(["id", "area"]);
    expect(pattern.exec("/meetings/m1")?.slice(1)).toEqual(["m1", undefined]);
    expect(pattern.exec("/meetings/m1/")?.slice(1)).toEqual(["m1", undefined]);
    expect(pattern.exec("/meetings/m1/polls")?.slice(1)).toEqual(["m1", "polls"]);
    expect(pattern.test("/meetings/m1/polls/x")).toBe(false);
  });
});
