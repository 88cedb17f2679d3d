import { createReadStream, type Stats } from "node:fs";
import { stat } from "node:fs/promises";
import { Readable } from "node:stream";
import { acceptedEncodings, PRECOMPRESSED } from "./acceptedEncodings.ts";
import { contentType } from "./contentType.ts";
import { resolveBelow } from "./resolveBelow.ts";

export interface ServeOptions {
  cacheControl: string;
  /** The request's `Accept-Encoding`: picks a precompressed `.br`/`.gz` beside the file. */
  acceptEncoding?: string | null;
  /** A HEAD request: the same headers, and no file opened for a body nobody reads. */
  head?: boolean;
}

const fileStat = (path: string): Promise<Stats | null> =>
  stat(path).then(
    (s) => (s.isFile() ? s : null),
    () => null,
  );

/**
 * A file below `root` as a Response, or null when there is none. `urlPath` is the raw, still
 * percent-encoded request path below the mount point; anything escaping `root` is refused.
 * When the build left compressed copies beside it (`client/scripts/precompress.ts`), the best one
 * the client accepts is sent instead, with `Vary: Accept-Encoding` on every answer for that file.
 */
export async function serveFile(
  root: string,
  urlPath: string,
  options: ServeOptions,
): Promise<Response | null> {
  const file = resolveBelow(root, urlPath);
  if (!file) return null;
  const [plain, ...variants] = await Promise.all([
    fileStat(file),
    ...PRECOMPRESSED.map((p) => fileStat(file + p.suffix)),
  ]);
  if (!plain) return null;

  let path = file;
  let info = plain;
  let encoding: string | null = null;
  for (const accepted of acceptedEncodings(options.acceptEncoding)) {
    const variant = variants[PRECOMPRESSED.indexOf(accepted)];
    if (variant) {
      path = file + accepted.suffix;
      info = variant;
      encoding = accepted.encoding;
      break;
    }
  }
  const headers: Record<string, string> = {
    "Content-Type": contentType(file),
    "Content-Length": String(info.size),
    "Cache-Control": options.cacheControl,
    "Last-Modified": plain.mtime.toUTCString(),
  };
  if (encoding) headers["Content-Encoding"] = encoding;
  if (variants.some(Boolean)) headers.Vary = "Accept-Encoding";
  const body = options.head ? null : (Readable.toWeb(createReadStream(path)) as ReadableStream<Uint8Array>);
  return new Response(body, { headers });
}
