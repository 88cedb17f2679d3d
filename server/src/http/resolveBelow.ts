import { resolve, sep } from "node:path";

/**
 * The file a raw, still percent-encoded request path names below `root`, or null for anything that
 * does not decode or escapes `root`.
 */
export function resolveBelow(root: string, urlPath: string): string | null {
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
  return file.startsWith(absRoot + sep) ? file : null;
}
