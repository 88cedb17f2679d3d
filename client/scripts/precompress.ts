import { readdir, readFile, writeFile } from "node:fs/promises";
import { extname, join, resolve } from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import type { Plugin } from "vite";

/** Text formats worth compressing; images, fonts (woff2 is brotli already) and archives are not. */
const COMPRESSIBLE = new Set([
  ".js",
  ".mjs",
  ".css",
  ".html",
  ".svg",
  ".json",
  ".map",
  ".txt",
  ".webmanifest",
]);

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

async function filesBelow(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/**
 * Writes `<file>.br` and `<file>.gz` beside every compressible file below `dir`, each only when
 * it is smaller than the file, for the server to send by the request's Accept-Encoding (its
 * `serveFile`): compressed once at build, at the highest levels, instead of on every request.
 */
export async function precompressDir(
  dir: string,
): Promise<{ file: string; plain: number; gzip?: number; br?: number }[]> {
  const files = (await filesBelow(dir)).filter((f) => COMPRESSIBLE.has(extname(f).toLowerCase()));
  return Promise.all(
    files.map(async (file) => {
      const plain = await readFile(file);
      const [br, gzipped] = await Promise.all([
        brotli(plain, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
            [constants.BROTLI_PARAM_SIZE_HINT]: plain.length,
          },
        }),
        gz(plain, { level: constants.Z_BEST_COMPRESSION }),
      ]);
      const row: { file: string; plain: number; gzip?: number; br?: number } = { file, plain: plain.length };
      if (br.length < plain.length) {
        await writeFile(`${file}.br`, br);
        row.br = br.length;
      }
      if (gzipped.length < plain.length) {
        await writeFile(`${file}.gz`, gzipped);
        row.gzip = gzipped.length;
      }
      return row;
    }),
  );
}

/** Vite plugin: precompresses the finished build (bundles and the copied public files). */
export function precompress(): Plugin {
  let outDir = "";
  return {
    name: "wijkbord-precompress",
    apply: "build",
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      await precompressDir(outDir);
    },
  };
}
