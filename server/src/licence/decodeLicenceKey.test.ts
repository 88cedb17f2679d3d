import { describe, expect, it } from "vitest";
import { decodeLicenceKey } from "./decodeLicenceKey.ts";
import { testKeyPair } from "./testLicenceKeys.ts";

const { publicKey, makeKey } = testKeyPair();
const payload = ["lic-1", ["wijkbord.gemeente.nl"], 1, "2027-03-31"];

describe("decodeLicenceKey", () => {
  it("reads id, hosts, flags and expiry date of a key signed by the given public key", () => {
    const decoded = decodeLicenceKey(makeKey(payload), publicKey);
    expect(decoded).toEqual({
      ok: true,
      key: { id: "lic-1", hosts: ["wijkbord.gemeente.nl"], flags: 1, expiryDate: new Date("2027-03-31") },
    });
  });

  it("accepts what the browser's WebCrypto accepts: ECDSA P-256/SHA-256, raw r‖s, over the payload", async () => {
    const [data = "", signature = ""] = makeKey(payload).split(".");
    const verifyKey = await crypto.subtle.importKey(
      "spki",
      Buffer.from(publicKey, "base64"),
      { name: "ECDSA", namedCurve: "P-256" },
      false,
      ["verify"],
    );
    const browserSays = await crypto.subtle.verify(
      { name: "ECDSA", hash: "SHA-256" },
      verifyKey,
      Buffer.from(signature, "base64"),
      Buffer.from(data.split("/")[1] ?? "", "base64"),
    );
    expect(browserSays).toBe(true);
  });

  it("takes a key with line breaks and zero-width characters from a copied mail", () => {
    const key = makeKey(payload);
    const copied = `${key.slice(0, 20)}\u200B\r\n${key.slice(20, 40)}\uFEFF${key.slice(40)}\n`;
    expect(decodeLicenceKey(copied, publicKey).ok).toBe(true);
  });

  it("keeps reading when a later tldraw adds properties", () => {
    expect(decodeLicenceKey(makeKey([...payload, "future"]), publicKey).ok).toBe(true);
  });

  it("refuses a key signed by someone else, changed after signing, or not in tldraw's format", () => {
    const other = testKeyPair();
    const cases = {
      "another signer": other.makeKey(payload),
      "another prefix": makeKey(payload, "acme-2026"),
      "no signature": makeKey(payload).split(".")[0] as string,
      "changed hosts": (() => {
        const [data, sig] = makeKey(payload).split(".");
        const forged = Buffer.from(JSON.stringify(["lic-1", ["*"], 1, "2027-03-31"])).toString("base64");
        return `${data?.split("/")[0]}/${forged}.${sig}`;
      })(),
      "not a key": "hello",
      "a layout it does not know": makeKey([1, 2, 3]),
      "an unreadable date": makeKey(["lic-1", ["a.nl"], 1, "someday"]),
    };
    for (const [name, key] of Object.entries(cases)) {
      expect(decodeLicenceKey(key, publicKey), name).toMatchObject({ ok: false });
    }
  });
});
