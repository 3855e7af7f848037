import { defineConfig } from "vite";

// The bundle lands in Web/wwwroot/dist, served by ASP.NET Core; `dotnet build` runs this build.
export default defineConfig({
  root: ".",
  base: "/dist/",
  // Components are TSX rendered by Preact (docs/architecture.md, "The client").
  oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
  build: {
    outDir: "../wwwroot/dist",
    emptyOutDir: true,
    manifest: false,
    rollupOptions: {
      input: "src/main.ts",
      output: {
        entryFileNames: "app.js",
        assetFileNames: "[name][extname]",
        chunkFileNames: "[name].js",
      },
    },
  },
  test: {
    include: ["test/**/*.test.ts"],
    // The contrast test reads the stylesheets as text (?raw); unprocessed CSS would read as "".
    css: true,
  },
});
