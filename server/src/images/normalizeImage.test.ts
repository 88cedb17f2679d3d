import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { normalizeImage, UndecodableImageError } from "./normalizeImage.ts";

const OPTIONS = { maxSide: 2048, maxInputPixels: 80_000_000 };

/** A photo as a phone writes one: EXIF with a GPS position and a camera, rotated by orientation 6. */
async function phoneJpeg(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 200, g: 120, b: 40 } } })
    .jpeg()
    .withMetadata({ orientation: 6 })
    .withExifMerge({
      IFD0: { Make: "Telefoonmerk", Model: "Camera 1" },
      IFD3: {
        GPSLatitudeRef: "N",
        GPSLatitude: "52/1 31/1 0/1",
        GPSLongitudeRef: "E",
        GPSLongitude: "5/1 28/1 0/1",
      },
    })
    .toBuffer();
}

describe("normalizeImage", () => {
  it("scales the longest side down, turns the photo upright and keeps no metadata", async () => {
    const input = await phoneJpeg(4000, 3000);
    const before = await sharp(input).metadata();
    expect(before.exif).toBeDefined();
    expect(before.orientation).toBe(6);
    const out = await normalizeImage(input, "jpeg", OPTIONS);
    expect(out).toMatchObject({ mime: "image/jpeg", width: 1536, height: 2048 });
    const after = await sharp(out.bytes).metadata();
    expect(after).toMatchObject({ format: "jpeg", width: 1536, height: 2048 });
    expect(after.exif).toBeUndefined();
    expect(after.icc).toBeUndefined();
    expect(after.xmp).toBeUndefined();
    expect(Buffer.from(out.bytes).includes("Telefoonmerk")).toBe(false);
  });

  it("keeps a small PNG's size and format", async () => {
    const png = await sharp({ create: { width: 300, height: 200, channels: 4, background: "#ff000080" } })
      .png()
      .toBuffer();
    const out = await normalizeImage(png, "png", OPTIONS);
    expect(out).toMatchObject({ mime: "image/png", width: 300, height: 200 });
  });

  it("refuses bytes the decoder does not read as the sniffed format, or too many pixels", async () => {
    const png = await sharp({ create: { width: 10, height: 10, channels: 3, background: "#000" } })
      .png()
      .toBuffer();
    await expect(normalizeImage(png, "jpeg", OPTIONS)).rejects.toBeInstanceOf(UndecodableImageError);
    const truncated = (await phoneJpeg(200, 200)).subarray(0, 300);
    await expect(normalizeImage(truncated, "jpeg", OPTIONS)).rejects.toBeInstanceOf(UndecodableImageError);
    await expect(normalizeImage(png, "png", { maxSide: 2048, maxInputPixels: 50 })).rejects.toBeInstanceOf(
      UndecodableImageError,
    );
  });
});
