import type { ImageMime } from "@wijkbord/shared";
import sharp, { type Metadata } from "sharp";

export interface NormalizedImage {
  bytes: Uint8Array;
  mime: ImageMime;
  width: number;
  height: number;
}

export interface NormalizeOptions {
  /** The longest side of the result, in pixels; smaller images keep their size. */
  maxSide: number;
  /** Decoded pixels an input may have; more is refused before decoding. */
  maxInputPixels: number;
}

/** The input cannot be decoded as the image its first bytes claim (corrupt, truncated, too many pixels). */
export class UndecodableImageError extends Error {
  override name = "UndecodableImageError";
}

/**
 * Decodes a JPEG, PNG or WebP, turns it upright (the camera's EXIF orientation), scales it down to
 * `maxSide` and encodes it again in its own format. Nothing of the input but its pixels survives:
 * sharp writes no metadata unless asked, so EXIF (GPS position, camera, time), XMP, IPTC and ICC
 * profiles are gone (colours are converted to sRGB first). `format` is what the magic bytes said;
 * the decoder must agree.
 */
export async function normalizeImage(
  input: Uint8Array,
  format: "jpeg" | "png" | "webp",
  options: NormalizeOptions,
): Promise<NormalizedImage> {
  const source = sharp(input, { failOn: "error", limitInputPixels: options.maxInputPixels });
  let decoded: Metadata;
  try {
    decoded = await source.metadata();
  } catch (err) {
    throw new UndecodableImageError(err instanceof Error ? err.message : String(err));
  }
  if (decoded.format !== format) throw new UndecodableImageError(`decoded as ${decoded.format}`);
  const pipeline = source.rotate().resize({
    width: options.maxSide,
    height: options.maxSide,
    fit: "inside",
    withoutEnlargement: true,
  });
  const encoded =
    format === "jpeg"
      ? pipeline.jpeg({ quality: 82, mozjpeg: true })
      : format === "png"
        ? pipeline.png()
        : pipeline.webp({ quality: 82 });
  try {
    const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
    return { bytes: new Uint8Array(data), mime: `image/${format}`, width: info.width, height: info.height };
  } catch (err) {
    throw new UndecodableImageError(err instanceof Error ? err.message : String(err));
  }
}
