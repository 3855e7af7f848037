import { describe, expect, it } from "vitest";
import { readRoutes } from "../scripts/readRoutes";
import routesSource from "../src/routes.ts?raw";
import { routes } from "../src/routes";

describe("the build's reading of the route table", () => {
  it("finds every route of src/routes.ts with the module its page comes from", () => {
    const read = readRoutes(routesSource);
    expect(read.map((r) => r.pattern)).toEqual(routes.map(([pattern]) => pattern));
    expect(read.find((r) => r.pattern === "/meetings/:id/:area?")?.specifier).toBe("./pages/meeting");
    expect(read.find((r) => r.pattern === "/watch/:id")?.specifier).toBe("./pages/join");
  });

  it("refuses a route whose page it cannot follow, so the build fails rather than preload nothing", () => {
    const source = `const page = somePage;\nexport const routes = [["/x", page]];`;
    expect(() => readRoutes(source)).toThrow('the route "/x" does not import its page');
    expect(() => readRoutes(`export const pages = [];`)).toThrow('no array named "routes"');
  });
});
