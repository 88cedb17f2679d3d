import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** 256 bits: far beyond guessing, still a short URL fragment (43 characters). */
const TOKEN_BYTES = 32;
/** 96 bits: session ids are not secrets, but must not be enumerable either. */
const SESSION_ID_BYTES = 12;

export function generateToken(): string {
  return randomBytes(TOKEN_BYTES).toString("base64url");
}

export function generateSessionId(): string {
  return randomBytes(SESSION_ID_BYTES).toString("base64url");
}

/**
 * Only this hash is stored: a leaked database then opens no session. Tokens carry 256 random
 * bits, so a fast unsalted hash is enough (there is nothing to brute-force).
 */
export function hashToken(token: string): Buffer {
  return createHash("sha256").update(token, "utf8").digest();
}

/** Constant-time comparison of two token hashes. */
export function hashesEqual(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}
