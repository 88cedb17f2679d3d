import { createHash } from "node:crypto";

/**
 * What the server stores of a participant's personal secret. Bound to the session, so the same
 * secret (should a browser ever reuse one) gives unrelated hashes in two sessions. The secret has
 * 128+ random bits, so a fast hash is enough.
 */
export function memberSecretHash(sessionId: string, secret: string): Uint8Array {
  return new Uint8Array(
    createHash("sha256").update(`wijkbord/member\0${sessionId}\0${secret}`, "utf8").digest(),
  );
}
