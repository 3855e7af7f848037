// How much JavaScript each kind of page downloads before anything needs the editor, and the editor itself.
//
//   node Web/Client/scripts/bundle-size.mjs
//
// Builds the client with this repository's Vite config into a temporary folder (with a manifest of the chunks),
// then, for each page kind, follows the static imports from the entry (app.js) and from the page's chunk (the
// router's dynamic import in src/routes.ts; Vite's preload fetches a chunk's static imports with it) and adds up the
// bytes as they go over the wire: the precompressed gzip and Brotli copies the server sends (Web/Hosting/ClientAssets.cs).
// The editor row is what starting to edit a section adds on the meeting page. Figures: docs/performance.md.
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vite";

const client = join(dirname(fileURLToPath(import.meta.url)), "..");
const ENTRY = "src/main.ts";
const EDITOR = "src/documents/sectionEditor.ts";

// The page modules the router loads for each kind of visit (src/routes.ts), in the order they are loaded.
const pages = [
  ["participant, meeting page (invite: join, then meeting)", ["src/pages/join.ts", "src/pages/meeting.ts"]],
  ["observer, meeting page (invite: join, then meeting)", ["src/pages/join.ts", "src/pages/meeting.ts"]],
  ["meeting page opened directly (link, reload)", ["src/pages/meeting.ts"]],
  ["join page (/join, an invite)", ["src/pages/join.ts"]],
  ["projector (room screen)", ["src/room/roomPage.tsx"]],
  ["organizer: sign-in", ["src/pages/signin.ts"]],
  ["organizer: home (working groups)", ["src/pages/home.ts"]],
  ["organizer: working group", ["src/pages/group.ts"]],
  ["organizer: plan", ["src/plans/planPage.ts"]],
  ["organizer: accounts", ["src/accounts/accountsPage.ts"]],
];

const outDir = mkdtempSync(join(tmpdir(), "cp-bundle-size-"));
try {
  await build({
    root: client,
    configFile: join(client, "vite.config.ts"),
    logLevel: "warn",
    build: { outDir, emptyOutDir: true, manifest: "manifest.json" },
  });
  const manifest = JSON.parse(readFileSync(join(outDir, "manifest.json"), "utf8"));
  const chunkOf = (source) => manifest[source] ?? fail(`${source} is not in the build's manifest: update this script`);

  /** The chunk files a module's chunk needs before it runs: itself and its static imports, transitively. */
  const closure = (key, files = new Set()) => {
    const chunk = manifest[key] ?? fail(`no chunk ${key}`);
    if (files.has(chunk.file)) return files;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) closure(imported, files);
    return files;
  };
  const size = (file, suffix) => statSync(join(outDir, file + suffix)).size;
  const total = (files) => {
    const sum = (suffix) => [...files].reduce((n, f) => n + size(f, suffix), 0);
    return { files: files.size, raw: sum(""), gzip: sum(".gz"), brotli: sum(".br") };
  };
  const kb = (bytes) => (bytes / 1024).toFixed(1).padStart(7);

  chunkOf(ENTRY);
  const rows = pages.map(([name, modules]) => {
    const files = closure(ENTRY);
    for (const m of modules) closure(m, files);
    for (const m of modules) chunkOf(m);
    return [name, files];
  });
  const meeting = closure("src/pages/meeting.ts", closure(ENTRY));
  const editor = new Set([...closure(EDITOR)].filter((f) => !meeting.has(f)));
  rows.push(["editor, when a section is first edited (on top of the meeting page)", editor]);

  console.log(`${"JavaScript before the editor is needed".padEnd(70)} files   raw KB  gzip KB  brotli KB`);
  for (const [name, files] of rows) {
    const t = total(files);
    console.log(`${name.padEnd(70)} ${String(t.files).padStart(5)} ${kb(t.raw)}  ${kb(t.gzip)}    ${kb(t.brotli)}`);
  }
  const css = { raw: size("main.css", ""), gzip: size("main.css", ".gz"), brotli: size("main.css", ".br") };
  console.log(`${"(stylesheet main.css, every page)".padEnd(70)} ${"1".padStart(5)} ${kb(css.raw)}  ${kb(css.gzip)}    ${kb(css.brotli)}`);
  console.log("KB = 1024 bytes; gzip level 9 and Brotli quality 11, as the server sends them.");
} finally {
  rmSync(outDir, { recursive: true, force: true });
}

function fail(message) {
  throw new Error(message);
}
