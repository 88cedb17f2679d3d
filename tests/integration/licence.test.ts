import { ClientConfigSchema, LicenceStatusSchema } from "@wijkbord/shared";
import { describe, expect, it } from "vitest";
import { LICENCE_KEY_FLAGS } from "../../server/src/licence/licenceKeyFlags.ts";
import { testKeyPair } from "../../server/src/licence/testLicenceKeys.ts";
import { serverFixture } from "./support/serverFixture.ts";

const { publicKey, makeKey } = testKeyPair();
const PUBLIC_URL = "https://wijkbord.gemeente.nl";
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe("the tldraw licence at start, in /healthz and /api/config", () => {
  const fx = serverFixture();
  const start = (key: string | undefined, publicUrl = PUBLIC_URL) =>
    fx.start({ publicUrl, tldrawLicenseKey: key, tldrawPublicKey: publicKey });

  async function licenceOf(server: { port: number }) {
    // PUBLIC_URL names the host people use; the test reaches the server on loopback.
    const base = `http://127.0.0.1:${server.port}`;
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    const body = (await health.json()) as { ok: boolean; licence: unknown };
    expect(body.ok).toBe(true);
    const config = ClientConfigSchema.parse(await (await fetch(`${base}/api/config`)).json());
    expect(config.licence).toEqual(body.licence);
    return LicenceStatusSchema.parse(body.licence);
  }

  it("needs none on http or on https at localhost", async () => {
    for (const url of ["http://wijkbord.gemeente.nl", "https://localhost:8443"]) {
      const server = await start(undefined, url);
      expect(await licenceOf(server)).toEqual({ state: "not-needed" });
      expect(server.logger.lines.join("\n")).not.toContain("warn tldraw licence");
    }
  });

  it("warns at start when the key is missing, and says so in /healthz", async () => {
    const server = await start(undefined);
    expect(await licenceOf(server)).toEqual({ state: "missing" });
    const warning = server.logger.lines.find((l) => l.startsWith("warn tldraw licence"));
    expect(warning).toContain("TLDRAW_LICENSE_KEY is not set");
    expect(warning).toContain(PUBLIC_URL);
  });

  it("tells an invalid key, a key for another host, an expired one and a valid one apart", async () => {
    const cases = [
      { key: "tldraw-2026/bm90IGEga2V5.c2lnbmF0dXJl", state: "invalid", log: "not a valid tldraw key" },
      {
        key: makeKey(["id", ["andere-gemeente.nl"], LICENCE_KEY_FLAGS.annual, inDays(365)]),
        state: "wrong-host",
        log: "not for this address",
      },
      {
        key: makeKey(["id", [new URL(PUBLIC_URL).hostname], LICENCE_KEY_FLAGS.evaluation, inDays(-2)]),
        state: "expired",
        log: "has expired",
      },
      {
        // Past its date but in tldraw's 30 days of grace: the board stays, for less than a month.
        key: makeKey(["id", ["*.gemeente.nl"], LICENCE_KEY_FLAGS.annual, inDays(-5)]),
        state: "valid",
        log: "ends soon",
      },
    ];
    for (const { key, state, log } of cases) {
      const server = await start(key);
      expect((await licenceOf(server)).state, state).toBe(state);
      const line = server.logger.lines.find((l) => l.includes("tldraw licence"));
      expect(line, state).toContain(log);
      expect(line).toMatch(/^warn /);
      // The key is a credential of the installation: never in the log.
      expect(server.logger.lines.join("\n")).not.toContain(key.slice(-20));
    }
  });

  it("reports the hosts and the day the board would go for a valid key", async () => {
    const server = await start(
      makeKey(["id", ["wijkbord.gemeente.nl"], LICENCE_KEY_FLAGS.annual, "2099-06-30"]),
    );
    expect(await licenceOf(server)).toEqual({
      state: "valid",
      hosts: ["wijkbord.gemeente.nl"],
      expires: "2099-07-31T00:00:00.000Z",
    });
    expect(server.logger.lines.find((l) => l.includes("tldraw licence"))).toMatch(
      /^info tldraw licence: valid/,
    );
  });
});
