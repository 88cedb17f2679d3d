import { isSessionImagePath } from "@wijkbord/shared";
import * as Y from "yjs";

/**
 * An asset record has `typeName: "asset"`, and every encoding of an inserted value (V1 updates'
 * any, JSON and embed content) holds its strings as UTF-8: an update without these bytes adds no
 * asset, and is passed without decoding it (nearly every update: notes, fields, moves).
 */
const ASSET = Buffer.from("asset");

/** Deep enough for a record inside a key-value entry (`{ key, val }`), shallow enough to stay cheap. */
const MAX_DEPTH = 4;

/** The problem with an asset record found in `value` (or inside it), or null. */
function assetProblem(value: unknown, sessionId: string, depth: number): string | null {
  if (value === null || typeof value !== "object" || depth > MAX_DEPTH) return null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const problem = assetProblem(item, sessionId, depth + 1);
      if (problem) return problem;
    }
    return null;
  }
  const record = value as Record<string, unknown>;
  if (record.typeName === "asset") {
    if (record.type !== "image") return "an asset that is not an image";
    const src = (record.props as { src?: unknown } | undefined)?.src;
    if (src !== null && src !== undefined && !isSessionImagePath(src, sessionId)) {
      return "an image asset whose src is not one of this session's images";
    }
  }
  for (const inner of Object.values(record)) {
    const problem = assetProblem(inner, sessionId, depth + 1);
    if (problem) return problem;
  }
  return null;
}

/**
 * Why an update must be refused because it adds a tldraw asset that points outside this session:
 * an image asset's `src` must be the path of one of the session's own photos (or still empty), so
 * no client can make everyone's browser load an address of its choosing (a tracker, a data: URL of
 * megabytes in the document) or show another session's photo. Other asset kinds (video, bookmark)
 * have no use on a Wijkbord board and are refused too. Reads the values the update inserts, without
 * applying it: every new record value arrives as JSON content, whatever type holds it.
 */
export function foreignAssetRefusal(update: Uint8Array, sessionId: string): string | null {
  if (Buffer.from(update.buffer, update.byteOffset, update.byteLength).indexOf(ASSET) === -1) return null;
  let structs: ReturnType<typeof Y.decodeUpdate>["structs"];
  try {
    structs = Y.decodeUpdate(update).structs;
  } catch {
    return "an update that cannot be decoded";
  }
  for (const struct of structs) {
    if (!(struct instanceof Y.Item)) continue;
    const content = struct.content;
    const values =
      content instanceof Y.ContentAny || content instanceof Y.ContentJSON
        ? content.arr
        : content instanceof Y.ContentEmbed
          ? [content.embed]
          : null;
    if (!values) continue;
    const problem = assetProblem(values, sessionId, 0);
    if (problem) return problem;
  }
  return null;
}
