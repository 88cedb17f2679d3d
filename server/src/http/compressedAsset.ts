import { readFile, stat } from "node:fs/promises";
import { extname } from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import { acceptedEncodings } from "./acceptedEncodings.ts";
import { contentType } from "./contentType.ts";
import { resolveBelow } from "./resolveBelow.ts";
import { type ServeOptions, serveFile } from "./serveFile.ts";

/** Text among tldraw's assets (its icon sprite, translations): compressible, and no copies on disk. */
const COMPRESSIBLE = new Set([".svg", ".json"]);

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

interface Compressed {
  mtimeMs: number;
  br: Buffer;
  gzip: Buffer;
}

/** Per file: its compressed bodies, made on its first request (tldraw's assets are a small, fixed set). */
const cache = new Map<string, Promise<Compressed>>();

async function compress(file: string, mtimeMs: number): Promise<Compressed> {
  const plain = await readFile(file);
  const [br, gz] = await Promise.all([
    brotli(plain, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
    gzipAsync(plain, { level: 9 }),
  ]);
  return { mtimeMs, br, gzip: gz };
}

function compressed(file: string, mtimeMs: number): Promise<Compressed> {
  const known = cache.get(file);
  if (known) return known.then((c) => (c.mtimeMs === mtimeMs ? c : compress(file, mtimeMs)));
  const made = compress(file, mtimeMs);
  cache.set(file, made);
  // A file that could not be read is tried again next time.
  made.catch(() => cache.delete(file));
  return made;
}

/**
 * serveFile for files nobody precompressed (tldraw's assets come from the installed package): SVG
 * and JSON are compressed once in memory and sent in the best encoding the request accepts; all
 * else as serveFile sends it. tldraw's icon sprite (55 kB) and Dutch translation (25 kB) are on a
 * join's critical path, beside the fonts its first render waits for.
 */
export async function serveCompressedAsset(
  root: string,
  urlPath: string,
  options: ServeOptions,
): Promise<Response | null> {
  const file = resolveBelow(root, urlPath);
  const encoding = acceptedEncodings(options.acceptEncoding)[0]?.encoding;
  if (!file || !COMPRESSIBLE.has(extname(file))) return serveFile(root, urlPath, options);
  if (!encoding) {
    const plain = await serveFile(root, urlPath, options);
    plain?.headers.set("Vary", "Accept-Encoding");
    return plain;
  }
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) return null;
  const { br, gzip: gz } = await compressed(file, info.mtimeMs);
  const body = encoding === "br" ? br : gz;
  return new Response(options.head ? null : new Uint8Array(body), {
    headers: {
      "Content-Type": contentType(file),
      "Content-Length": String(body.length),
      "Content-Encoding": encoding,
      "Cache-Control": options.cacheControl,
      "Last-Modified": info.mtime.toUTCString(),
      Vary: "Accept-Encoding",
    },
  });
}
