import { describe, expect, it } from "vitest";
import { compile } from "../src/router";

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
