import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { resolve, sep } from "node:path";
import { Readable } from "node:stream";
import { contentType } from "./contentType.ts";

/**
 * A file below `root` as a Response, or null when there is none. `urlPath` is the raw, still
 * percent-encoded request path below the mount point; anything escaping `root` is refused.
 */
export async function serveFile(
  root: string,
  urlPath: string,
  cacheControl: string,
): Promise<Response | null> {
  let relative: string;
  try {
    relative = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  // Browsers never send dot segments (URLs are normalised); encoded ones are only ever probes.
  if (relative.includes("\0") || relative.split(/[\\/]/).includes("..")) return null;
  const absRoot = resolve(root);
  const file = resolve(absRoot, `.${relative.startsWith("/") ? "" : "/"}${relative}`);
  if (!file.startsWith(absRoot + sep)) return null;
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) return null;
  const body = Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>;
  return new Response(body, {
    headers: {
      "Content-Type": contentType(file),
      "Content-Length": String(info.size),
      "Cache-Control": cacheControl,
      "Last-Modified": info.mtime.toUTCString(),
    },
  });
}
