import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { z } from "zod";

/**
 * Why this exists: the facilitator must be able to see the participant and viewer links again
 * (GET /api/sessions/:id), yet the database must not hold usable tokens. So the other roles'
 * tokens are encrypted (AES-256-GCM) with a key derived from the facilitator token, which the
 * server itself only stores as a hash: only whoever presents the facilitator token can open them.
 */
const FORMAT = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;

const SealedTokensSchema = z.strictObject({ participant: z.string(), viewer: z.string() });
export type SealedTokens = z.infer<typeof SealedTokensSchema>;

function keyFor(facilitatorToken: string, sessionId: string): Buffer {
  return Buffer.from(
    hkdfSync("sha256", facilitatorToken, sessionId, `wijkbord sealed tokens v${FORMAT}`, 32),
  );
}

export function sealTokens(tokens: SealedTokens, facilitatorToken: string, sessionId: string): Uint8Array {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", keyFor(facilitatorToken, sessionId), iv);
  cipher.setAAD(Buffer.from(sessionId, "utf8"));
  const body = Buffer.concat([cipher.update(JSON.stringify(tokens), "utf8"), cipher.final()]);
  return Buffer.concat([Buffer.from([FORMAT]), iv, cipher.getAuthTag(), body]);
}

/** The sealed tokens, or null when the key is wrong or the blob damaged or of an unknown format. */
export function unsealTokens(
  sealed: Uint8Array,
  facilitatorToken: string,
  sessionId: string,
): SealedTokens | null {
  const buf = Buffer.from(sealed);
  if (buf.length < 1 + IV_BYTES + TAG_BYTES || buf[0] !== FORMAT) return null;
  try {
    const iv = buf.subarray(1, 1 + IV_BYTES);
    const tag = buf.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES);
    const decipher = createDecipheriv("aes-256-gcm", keyFor(facilitatorToken, sessionId), iv);
    decipher.setAAD(Buffer.from(sessionId, "utf8"));
    decipher.setAuthTag(tag);
    const plain = Buffer.concat([decipher.update(buf.subarray(1 + IV_BYTES + TAG_BYTES)), decipher.final()]);
    const parsed = SealedTokensSchema.safeParse(JSON.parse(plain.toString("utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
