import { z } from "zod";
import { PATHS } from "./protocol.ts";

/*
 * Photos of paper sheets in a session (issue 21, hybrid evenings): `POST /api/sessions/:id/images`
 * stores one, `GET /api/sessions/:id/images/:imageId` serves it to the session's members. The board
 * refers to one by its path only (`sessionImagePath`), never by a data: URL or another address.
 */

/** What the server stores: every upload is decoded and re-encoded as one of these. */
export const IMAGE_MIMES = ["image/jpeg", "image/png", "image/webp"] as const;
export const ImageMimeSchema = z.enum(IMAGE_MIMES);
export type ImageMime = z.infer<typeof ImageMimeSchema>;

/** Defaults of the image limits; `IMAGE_MAX_BYTES` and `IMAGE_MAX_PER_SESSION` override the first two. */
export const IMAGE_LIMITS = {
  /** Largest upload accepted, in bytes (a phone's photo is 2–6 MB). */
  maxBytes: 10 * 1024 * 1024,
  /** Photos one session may hold. */
  maxPerSession: 100,
  /** The longest side of a stored photo, in pixels: legible for handwriting, small enough for a phone. */
  maxSide: 2048,
  /** Decoded pixels an upload may have (a decompression bomb is refused before it fills memory). */
  maxInputPixels: 80_000_000,
} as const;

/** 128 random bits, base64url. */
export const ImageIdSchema = z.string().regex(/^[A-Za-z0-9_-]{22}$/, "not an image id");

/** The answer to an upload (201). `src` is what an image asset on the board holds. */
export const ImageUploadResponseSchema = z.object({
  id: ImageIdSchema,
  src: z.string(),
  mime: ImageMimeSchema,
  width: z.number().int().positive(),
  height: z.number().int().positive(),
});
export type ImageUploadResponse = z.infer<typeof ImageUploadResponseSchema>;

/** The path of a session's image, relative to the server: the only `src` a board asset may have. */
export function sessionImagePath(sessionId: string, imageId: string): string {
  return `${PATHS.sessions}/${sessionId}/images/${imageId}`;
}

/** Whether `src` is the path of an image of this session (and nothing else: no query, no host). */
export function isSessionImagePath(src: unknown, sessionId: string): boolean {
  if (typeof src !== "string") return false;
  const prefix = `${PATHS.sessions}/${sessionId}/images/`;
  return src.startsWith(prefix) && ImageIdSchema.safeParse(src.slice(prefix.length)).success;
}
