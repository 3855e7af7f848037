import { defineConfig } from "vite";
import { precompress } from "./scripts/precompress.ts";

// The bundle lands in Web/wwwroot/dist, served by ASP.NET Core; `dotnet build` runs this build.
// app.js (the entry) and main.css keep their names, because index.html names them, and are revalidated on every load;
// every other chunk has its content's hash in its name and is cached for a year (docs/architecture.md, "Chunks").
export default defineConfig({
  root: ".",
  base: "/dist/",
  // Components are TSX rendered by Preact (docs/architecture.md, "The client").
  oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
  plugins: [precompress()],
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
