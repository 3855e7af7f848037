// How a route's pattern matches an address. Used by the router and by the build (scripts/routePreloads.ts), which
// hands the same regular expressions to the server: both sides match addresses alike.

/** Matches "/groups/:id" style patterns against a path; a last part ":name?" may be absent. */
export function compile(pattern: string): { pattern: RegExp; names: string[] } {
  const names: string[] = [];
  const source = pattern
    .split("/")
    .map((part, i) => {
      if (part.startsWith(":")) {
        const optional = part.endsWith("?");
        names.push(part.slice(1, optional ? -1 : undefined));
        return optional ? "(?:/([^/]+))?" : `${i > 0 ? "/" : ""}([^/]+)`;
      }
      return `${i > 0 ? "/" : ""}${part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`;
    })
    .join("");
  return { pattern: new RegExp(`^${source}/?$`), names };
}
