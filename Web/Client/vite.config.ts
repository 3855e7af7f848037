import { defineConfig } from "vite";
import { precompress } from "./scripts/precompress.ts";
import { routePreloads } from "./scripts/routePreloads.ts";

// The bundle lands in Web/wwwroot/dist, served by ASP.NET Core; `dotnet build` runs this build.
// app.js (the entry) and main.css keep their names, because index.html names them, and are revalidated on every load;
// every other chunk has its content's hash in its name and is cached for a year (docs/architecture.md, "Chunks").
/** Bytes of source: modules up to this size that pages share go into the shared chunk. */
const SMALL_MODULE = 1024;

export default defineConfig({
  root: ".",
  base: "/dist/",
  // Components are TSX rendered by Preact (docs/architecture.md, "The client").
  oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
  plugins: [precompress(), routePreloads()],
  build: {
    outDir: "../wwwroot/dist",
    emptyOutDir: true,
    manifest: false,
    // One stylesheet for every page, linked from index.html: a page chunk brings no stylesheet of its own.
    cssCodeSplit: false,
    // Browsers that run this app know <link rel="modulepreload">.
    modulePreload: { polyfill: false },
    rollupOptions: {
      input: "src/main.ts",
      // The precompression (Brotli at its best level) is slow by design; no timing report for it on every build.
      checks: { pluginTimings: false },
      output: {
        entryFileNames: "app.js",
        // The one stylesheet keeps the name index.html links (Vite calls it style.css when it is not split).
        assetFileNames: (asset) => (asset.names.includes("style.css") ? "main.css" : "[name][extname]"),
        chunkFileNames: "chunks/[name]-[hash].js",
        // Libraries in chunks of their own: they change less often than the app, so a deployment keeps them cached.
        // CodeMirror is only ever imported by the editor's chunk (src/documents/sectionEditor.ts), so it stays lazy.
        codeSplitting: {
          groups: [
            // Signals' core apart: the texts (i18n.ts) are a signal on every page, components only on some.
            { name: "signals-core", test: /node_modules[\\/]@preact[\\/]signals-core[\\/]/ },
            { name: "preact", test: /node_modules[\\/](preact|@preact[\\/]signals)[\\/]/ },
            { name: "signalr", test: /node_modules[\\/]@microsoft[\\/]signalr[\\/]/ },
            // The app's small modules that several pages share, in one chunk every page loads with app.js: as chunks of
            // their own (a few hundred bytes each) each one took a request, and over HTTP/1.1 on a phone network every
            // request past the sixth waits a round trip (docs/performance.md, "Loading on a phone").
            { name: "shared", test: /[\\/]src[\\/]/, minShareCount: 2, maxModuleSize: SMALL_MODULE },
            { name: "codemirror", test: /node_modules[\\/](@codemirror|@marijn|style-mod|w3c-keyname|crelt)[\\/]/ },
          ],
        },
      },
    },
  },
  test: {
    include: ["test/**/*.test.{ts,tsx}"],
    // The contrast test reads the stylesheets as text (?raw); unprocessed CSS would read as "".
    css: true,
  },
  // Tests of components run in a browser-like environment, which reads only allowed files: the UI texts are in Web/Resources.
  server: { fs: { allow: [".", "../Resources"] } },
});
