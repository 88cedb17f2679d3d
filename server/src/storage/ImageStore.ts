import type { ImageMime } from "@wijkbord/shared";

/** A photo as stored: already decoded, resized and re-encoded (no metadata left in `bytes`). */
export interface StoredImage {
  id: string;
  sessionId: string;
  bytes: Uint8Array;
  mime: ImageMime;
  width: number;
  height: number;
  /** ISO 8601, UTC. */
  createdAt: string;
}

/**
 * The photos of a session (hybrid evenings). They belong to their session: `deleteSession` removes
 * them with everything else. Each method is one transaction.
 */
export interface ImageStore {
  /**
   * Stores the image unless its session already holds `maxPerSession` images: resolves true when
   * stored, false (storing nothing) when the session is full. Two adds racing for the last place
   * store one. Fails, storing nothing, for an unknown session or an id already in use.
   */
  add(image: StoredImage, maxPerSession: number): Promise<boolean>;
  /** The image of that session with that id, or undefined (also for another session's image). */
  get(sessionId: string, id: string): Promise<StoredImage | undefined>;
  /** How many images the session holds (0 for an unknown one). */
  count(sessionId: string): Promise<number>;
}
