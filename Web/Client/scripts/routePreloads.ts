import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Plugin, Rollup } from "vite";
import { compile } from "../src/routePattern.ts";
import { PRELOADS_FILE, readRoutes, ROUTES_MODULE } from "./readRoutes.ts";

/** What the server needs to name a page's scripts in the page itself (Web/Hosting/ClientPage.cs). */
export interface Preloads {
  /** The entry's static imports (app.js itself is the page's own script). */
  readonly entry: string[];
  /**
   * In the route table's order, first match wins: the address pattern as a regular expression, and the chunks the
   * page runs on besides the entry's.
   */
  readonly routes: { readonly pattern: string; readonly regex: string; readonly files: string[] }[];
}

/** A chunk's file and those of its static imports, transitively (what must be there before it runs). */
function closure(bundle: Rollup.OutputBundle, fileName: string, files: Set<string> = new Set()): Set<string> {
  const chunk = bundle[fileName];
  if (chunk?.type !== "chunk" || files.has(fileName)) return files;
  files.add(fileName);
  for (const imported of chunk.imports) closure(bundle, imported, files);
  return files;
}

/**
 * Writes preloads.json next to the bundle: for each route of src/routes.ts, the chunks its page runs on. The server
 * puts them into the page it sends as `<link rel="modulepreload">`, so a phone fetches them in the same round as
 * app.js instead of one round after another (docs/performance.md, "Loading on a phone").
 */
export function routePreloads(): Plugin {
  let root = process.cwd();
  return {
    name: "cp-route-preloads",
    apply: "build",
    configResolved(config) {
      root = config.root;
    },
    async generateBundle(_options, bundle) {
      const routesFile = resolve(root, ROUTES_MODULE);
      const chunks = Object.values(bundle).filter((c): c is Rollup.OutputChunk => c.type === "chunk");
      const entry = chunks.find((c) => c.isEntry) ?? this.error("the bundle has no entry chunk");
      // A page module is a dynamic entry's facade, or merged into a chunk with others (then that chunk is its).
      const chunkOf = (moduleId: string) =>
        chunks.find((c) => c.facadeModuleId === moduleId) ??
        chunks.find((c) => c.moduleIds.includes(moduleId)) ??
        this.error(`${moduleId} is in no chunk`);
      const entryFiles = closure(bundle, entry.fileName);
      const routes = [];
      for (const { pattern, specifier } of readRoutes(readFileSync(routesFile, "utf8"))) {
        const resolved = (await this.resolve(specifier, routesFile)) ?? this.error(`${specifier} (${pattern}) cannot be resolved`);
        const files = [...closure(bundle, chunkOf(resolved.id).fileName)].filter((f) => !entryFiles.has(f));
        routes.push({ pattern, regex: compile(pattern).pattern.source, files });
      }
      const preloads: Preloads = { entry: [...entryFiles].filter((f) => f !== entry.fileName), routes };
      this.emitFile({ type: "asset", fileName: PRELOADS_FILE, source: JSON.stringify(preloads, null, 2) });
    },
  };
}
