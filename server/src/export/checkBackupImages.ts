import type { ApiErrorCode, BackupImage } from "@wijkbord/shared";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { ImageLimits } from "../images/imageRoutes.ts";
import { type NormalizedImage, normalizeImage, UndecodableImageError } from "../images/normalizeImage.ts";
import { sniffImageType } from "../images/sniffImageType.ts";

export interface CheckedImage {
  /** The `src` the board holds for it in the backup. */
  src: string;
  image: NormalizedImage;
}

export type CheckedImages =
  | { ok: true; images: CheckedImage[] }
  | { ok: false; status: ContentfulStatusCode; code: ApiErrorCode; message: string };

const mb = (bytes: number) => `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;

/**
 * A backup's photos under the limits of an upload (server/src/images/imageRoutes.ts): how many,
 * how large, and the type read from the bytes (a file that says PNG and is not one is refused),
 * each decoded and encoded again as an upload is. All are checked before the import stores
 * anything, so a refused backup imports nothing.
 */
export async function checkBackupImages(
  images: readonly BackupImage[],
  limits: ImageLimits,
): Promise<CheckedImages> {
  if (images.length > limits.maxPerSession)
    return {
      ok: false,
      status: 409,
      code: "too_many_images",
      message: `deze back-up heeft ${images.length} foto's, meer dan de ${limits.maxPerSession} die een werksessie mag hebben (this backup holds more photos than a session may)`,
    };
  const out: CheckedImage[] = [];
  for (const [i, entry] of images.entries()) {
    const bytes = new Uint8Array(Buffer.from(entry.data, "base64"));
    const n = i + 1;
    if (bytes.byteLength > limits.maxBytes)
      return {
        ok: false,
        status: 413,
        code: "image_too_large",
        message: `foto ${n} in deze back-up is groter dan ${mb(limits.maxBytes)} (photo ${n} in this backup is larger than ${mb(limits.maxBytes)})`,
      };
    const type = sniffImageType(bytes);
    const unsupported = {
      ok: false,
      status: 415,
      code: "unsupported_image",
      message: `foto ${n} in deze back-up is geen JPEG-, PNG- of WebP-foto zoals opgegeven (photo ${n} in this backup is not the JPEG, PNG or WebP image it claims to be)`,
    } as const;
    if (type !== "jpeg" && type !== "png" && type !== "webp") return unsupported;
    if (`image/${type}` !== entry.mime) return unsupported;
    try {
      out.push({ src: entry.src, image: await normalizeImage(bytes, type, limits) });
    } catch (err) {
      if (err instanceof UndecodableImageError) return unsupported;
      throw err;
    }
  }
  return { ok: true, images: out };
}
