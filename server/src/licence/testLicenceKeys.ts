import { generateKeyPairSync, sign } from "node:crypto";

/**
 * A key pair of the tests' own and keys in tldraw's format signed with it, so the licence code can
 * be tested on every kind of key without tldraw's private key.
 */
export function testKeyPair() {
  const { publicKey, privateKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  const publicKeyBase64 = publicKey.export({ format: "der", type: "spki" }).toString("base64");

  const makeKey = (payload: unknown[], prefix = "tldraw-2026"): string => {
    const bytes = Buffer.from(JSON.stringify(payload), "latin1");
    const signature = sign("sha256", bytes, { key: privateKey, dsaEncoding: "ieee-p1363" });
    return `${prefix}/${bytes.toString("base64")}.${signature.toString("base64")}`;
  };

  return { publicKey: publicKeyBase64, makeKey };
}
