/** What the first bytes of an upload say it is; only the first three are stored (re-encoded). */
export type SniffedImageType = "jpeg" | "png" | "webp" | "heic" | "other";

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0) =>
  bytes.length >= at + prefix.length && prefix.every((b, i) => bytes[at + i] === b);
const ascii = (text: string) => [...text].map((ch) => ch.charCodeAt(0));

/** ISO BMFF brands of HEIF photos (iPhones' HEIC and the like). */
const HEIF_BRANDS = new Set(["heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1"]);

/**
 * The type of an image by its magic bytes alone: a file's name and the Content-Type a browser sends
 * are whatever the sender says, so neither is ever asked.
 */
export function sniffImageType(bytes: Uint8Array): SniffedImageType {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "jpeg";
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png";
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8)) return "webp";
  if (startsWith(bytes, ascii("ftyp"), 4)) {
    const brand = String.fromCharCode(...bytes.subarray(8, 12));
    if (HEIF_BRANDS.has(brand)) return "heic";
  }
  return "other";
}
