import type { WorksheetPlacement } from "@wijkbord/shared";
import sharp from "sharp";
import type { Storage } from "../storage/Storage.ts";
import { reportPhotoIds } from "./reportPhotoIds.ts";

/**
 * The photos for the PDF report, per worksheet instance id, as bytes pdfkit draws (JPEG or PNG:
 * a WebP is converted to JPEG). A photo whose row is gone (never stored, or from a restored
 * version of another session) is left out.
 */
export async function reportPhotos(
  storage: Storage,
  sessionId: string,
  records: readonly unknown[],
  placements: readonly WorksheetPlacement[],
): Promise<Map<string, Buffer[]>> {
  const photos = new Map<string, Buffer[]>();
  for (const [instanceId, ids] of reportPhotoIds(records, placements, sessionId)) {
    const list: Buffer[] = [];
    for (const id of ids) {
      const image = await storage.images.get(sessionId, id);
      if (!image) continue;
      list.push(
        image.mime === "image/webp"
          ? await sharp(image.bytes).jpeg({ quality: 85 }).toBuffer()
          : Buffer.from(image.bytes),
      );
    }
    if (list.length > 0) photos.set(instanceId, list);
  }
  return photos;
}
