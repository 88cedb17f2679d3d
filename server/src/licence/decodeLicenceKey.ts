import { createPublicKey, type KeyObject, verify } from "node:crypto";
import { z } from "zod";

/** What a tldraw licence key says: `[id, hosts, flags, expiryDate, …]`, signed by tldraw. */
export interface LicenceKey {
  id: string;
  hosts: string[];
  flags: number;
  /** The last day the key is fully valid (a date, read as UTC). */
  expiryDate: Date;
}

export type DecodedLicenceKey = { ok: true; key: LicenceKey } | { ok: false; reason: string };

// Later tldraw versions may append properties; the first four are what this version reads.
const PayloadSchema = z
  .tuple([z.string(), z.array(z.string()), z.number().int().nonnegative(), z.string()])
  .rest(z.unknown());

/** Copying a key out of a PDF or a mail can add zero-width characters and line breaks. */
const cleanKey = (key: string) => key.replace(/[\u200B-\u200D\uFEFF]/g, "").replace(/\s+/g, "");

/**
 * Reads a key of the form `tldraw-<kind>/<base64 JSON payload>.<base64 signature>` and checks that
 * the signature (ECDSA P-256 over SHA-256, r‖s) over the payload's bytes is by `publicKey`
 * (base64 SPKI; tldraw's own by default, a test's in tests).
 */
export function decodeLicenceKey(rawKey: string, publicKey: string | KeyObject): DecodedLicenceKey {
  const [data = "", signature = ""] = cleanKey(rawKey).split(".");
  const [prefix = "", payload = ""] = data.split("/");
  if (!prefix.startsWith("tldraw-") || !payload || !signature) {
    return { ok: false, reason: "not a tldraw licence key" };
  }
  const payloadBytes = Buffer.from(payload, "base64");
  let signed: boolean;
  try {
    const key =
      typeof publicKey === "string"
        ? createPublicKey({ key: Buffer.from(publicKey, "base64"), format: "der", type: "spki" })
        : publicKey;
    signed = verify(
      "sha256",
      payloadBytes,
      { key, dsaEncoding: "ieee-p1363" },
      Buffer.from(signature, "base64"),
    );
  } catch {
    signed = false;
  }
  if (!signed) return { ok: false, reason: "the signature is not tldraw's" };
  let json: unknown;
  try {
    json = JSON.parse(payloadBytes.toString("latin1"));
  } catch {
    return { ok: false, reason: "the key's content is not JSON" };
  }
  const parsed = PayloadSchema.safeParse(json);
  if (!parsed.success) return { ok: false, reason: "the key's content has an unknown layout" };
  const [id, hosts, flags, expiry] = parsed.data;
  const expiryDate = new Date(expiry);
  if (Number.isNaN(expiryDate.getTime())) return { ok: false, reason: "the key's expiry date is unreadable" };
  return { ok: true, key: { id, hosts, flags, expiryDate } };
}
