import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import type { Plugin } from "vite";

/**
 * Writes a gzip (.gz) and a Brotli (.br) copy next to every script and stylesheet of the bundle, at the highest
 * levels: the server sends the copy the browser accepts (Web/Hosting/ClientAssets.cs) without compressing per request.
 */
export function precompress(): Plugin {
  return {
    name: "cp-precompress",
    apply: "build",
    // After writing, when every file (the stylesheet too) is final.
    writeBundle(options, bundle) {
      for (const [fileName, output] of Object.entries(bundle)) {
        if (!/\.(js|css)$/.test(fileName)) continue;
        const source = Buffer.from(output.type === "chunk" ? output.code : output.source);
        const path = join(options.dir!, fileName);
        writeFileSync(`${path}.gz`, gzipSync(source, { level: 9 }));
        writeFileSync(
          `${path}.br`,
          brotliCompressSync(source, {
            params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: source.length },
          }),
        );
      }
    },
  };
}
