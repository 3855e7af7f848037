import { parseAst } from "vite";

// Reads the client's route table for the build (scripts/routePreloads.ts); no Node APIs, so the tests type-check it.

export const ROUTES_MODULE = "src/routes.ts";
export const PRELOADS_FILE = "preloads.json";

/** A route of src/routes.ts: its address pattern and the module its page is imported from. */
export interface RouteModule {
  readonly pattern: string;
  readonly specifier: string;
}

type Node = { type: string; [key: string]: unknown };

const isNode = (value: unknown): value is Node => typeof value === "object" && value !== null && typeof (value as Node).type === "string";

/** The first `import("…")` inside a node, depth first. */
function importIn(node: unknown): string | null {
  if (Array.isArray(node)) {
    for (const item of node) {
      const found = importIn(item);
      if (found) return found;
    }
    return null;
  }
  if (!isNode(node)) return null;
  if (node.type === "ImportExpression" && isNode(node.source) && typeof node.source.value === "string") return node.source.value;
  for (const [key, value] of Object.entries(node)) {
    if (key !== "type") {
      const found = importIn(value);
      if (found) return found;
    }
  }
  return null;
}

/** Reads the route table of src/routes.ts: `routes`, an array of [pattern, page] pairs (see that file). */
export function readRoutes(source: string): RouteModule[] {
  const program = parseAst(source, { lang: "ts" }) as unknown as { body: Node[] };
  const declared = new Map<string, Node>();
  for (const statement of program.body) {
    const declaration = statement.type === "ExportNamedDeclaration" ? (statement.declaration as Node | null) : statement;
    if (declaration?.type !== "VariableDeclaration") continue;
    for (const declarator of declaration.declarations as Node[]) {
      const id = declarator.id as Node;
      if (id.type === "Identifier" && isNode(declarator.init)) declared.set(id.name as string, declarator.init);
    }
  }
  let table = declared.get("routes");
  while (table && table.type !== "ArrayExpression" && isNode(table.expression)) table = table.expression; // `as`, `satisfies`
  if (table?.type !== "ArrayExpression") throw new Error(`${ROUTES_MODULE}: no array named "routes"`);
  return (table.elements as Node[]).map((element, i) => {
    const [pattern, page] = element.type === "ArrayExpression" ? (element.elements as Node[]) : [];
    if (pattern?.type !== "Literal" || typeof pattern.value !== "string") throw new Error(`${ROUTES_MODULE}: route ${i} has no literal pattern`);
    const specifier = importIn(page?.type === "Identifier" ? declared.get(page.name as string) : page);
    if (!specifier) throw new Error(`${ROUTES_MODULE}: the route "${pattern.value}" does not import its page with import("…")`);
    return { pattern: pattern.value, specifier };
  });
}
