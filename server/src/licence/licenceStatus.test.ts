import { describe, expect, it } from "vitest";
import { decodeLicenceKey } from "./decodeLicenceKey.ts";
import { LICENCE_KEY_FLAGS } from "./licenceKeyFlags.ts";
import { licenceStatus } from "./licenceStatus.ts";
import { testKeyPair } from "./testLicenceKeys.ts";

const { publicKey, makeKey } = testKeyPair();
const HOST = "https://wijkbord.gemeente.nl";
const { annual, perpetual, evaluation } = LICENCE_KEY_FLAGS;

const status = (payload: unknown[] | null, url = HOST, now = "2027-01-15T12:00:00Z") =>
  licenceStatus(payload ? decodeLicenceKey(makeKey(payload), publicKey) : null, new URL(url), new Date(now));

describe("licenceStatus", () => {
  it("needs no key on http, on https at a loopback address, and says so whatever the key", () => {
    for (const url of [
      "http://wijkbord.gemeente.nl",
      "https://localhost:8443",
      "https://127.0.0.1",
      "https://[::1]:8080",
    ]) {
      expect(status(null, url), url).toEqual({ state: "not-needed" });
    }
  });

  it("needs one on https elsewhere, and on a *.localhost host even over http (tldraw's production rule)", () => {
    expect(status(null)).toEqual({ state: "missing" });
    expect(status(null, "http://wijkbord.localhost:8080")).toEqual({ state: "missing" });
  });

  it("calls a key it cannot read invalid", () => {
    const garbled = licenceStatus(decodeLicenceKey("tldraw-x/abc.def", publicKey), new URL(HOST), new Date());
    expect(garbled).toEqual({ state: "invalid" });
  });

  it("matches the host as tldraw does: exact, www twin, * and *.domain", () => {
    const state = (hosts: string[], url = HOST) => status(["id", hosts, annual, "2027-12-31"], url).state;
    expect(state(["wijkbord.gemeente.nl"])).toBe("valid");
    expect(state(["WIJKBORD.gemeente.nl"])).toBe("valid");
    expect(state(["www.wijkbord.gemeente.nl"])).toBe("valid");
    expect(state(["gemeente.nl"], "https://www.gemeente.nl")).toBe("valid");
    expect(state(["*"])).toBe("valid");
    expect(state(["*.gemeente.nl"])).toBe("valid");
    expect(state(["other.nl", "*.gemeente.nl"])).toBe("valid");
    expect(state(["gemeente.nl"])).toBe("wrong-host");
    expect(state(["*.andere-gemeente.nl"])).toBe("wrong-host");
    expect(status(["id", ["gemeente.nl"], annual, "2027-12-31"])).toEqual({
      state: "wrong-host",
      hosts: ["gemeente.nl"],
      expires: "2028-01-31T00:00:00.000Z",
    });
  });

  it("keeps an annual key 30 days after its date (the whole date counts), then expires it", () => {
    const key = ["id", ["*"], annual, "2027-01-31"];
    const expires = "2027-03-03T00:00:00.000Z";
    expect(status(key, HOST, "2027-01-31T23:59:59Z")).toEqual({ state: "valid", hosts: ["*"], expires });
    expect(status(key, HOST, "2027-03-02T23:59:59Z")).toMatchObject({ state: "valid", expires });
    expect(status(key, HOST, expires)).toMatchObject({ state: "expired", expires });
  });

  it("ends a trial key right after its date, with no grace", () => {
    const key = ["id", ["*"], evaluation | annual, "2027-01-31"];
    expect(status(key, HOST, "2027-01-31T23:59:59Z")).toMatchObject({ state: "valid" });
    expect(status(key, HOST, "2027-02-01T00:00:00Z")).toMatchObject({
      state: "expired",
      expires: "2027-02-01T00:00:00.000Z",
    });
  });

  it("gives a perpetual key no end for the tldraw version shipped", () => {
    expect(status(["id", ["*"], perpetual, "2020-01-01"], HOST, "2030-01-01T00:00:00Z")).toEqual({
      state: "valid",
      hosts: ["*"],
    });
  });
});
