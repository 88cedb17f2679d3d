import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ApiErrorSchema, LIMITS } from "@wijkbord/shared";
import { afterAll, describe, expect, it } from "vitest";
import { creationRateLimit } from "../http/creationRateLimit.ts";
import { silentLogger } from "../log/logger.ts";
import { SessionActivity } from "../retention/SessionActivity.ts";
import { SqliteStorage } from "../storage/sqlite/SqliteStorage.ts";
import { apiRoutes } from "./apiRoutes.ts";

const dir = mkdtempSync(join(tmpdir(), "wijkbord-api-"));
const storage = new SqliteStorage(dir);
const app = apiRoutes({
  storage,
  publicUrl: () => "https://wijkbord.example",
  tldrawLicenseKey: null,
  licence: () => ({ state: "missing" }),
  maxBodyBytes: LIMITS.maxRequestBodyBytes,
  limitCreation: creationRateLimit(1000),
  activity: new SessionActivity({ storage, logger: silentLogger, now: Date.now, minIntervalMs: 60_000 }),
  retentionDays: null,
  hiddenInstances: async () => new Set(),
});
afterAll(async () => {
  await storage.close();
  rmSync(dir, { recursive: true, force: true });
});

const valid = { title: "Werksessie", wijk: "Atolwijk", worksheets: ["gedeeld-verhaal", "gedeeld-verhaal"] };
const post = (body: string, headers: Record<string, string> = {}) =>
  app.request("/api/sessions", {
    method: "POST",
    body,
    headers: { "content-type": "application/json", ...headers },
  });

async function errorOf(res: Response) {
  return ApiErrorSchema.parse(await res.json()).error;
}

describe("POST /api/sessions validation", () => {
  it("accepts a valid request and builds links from the public URL", async () => {
    const res = await post(JSON.stringify(valid));
    expect(res.status).toBe(201);
    const body = (await res.json()) as { id: string; links: Record<string, string> };
    expect(body.links.viewer?.startsWith(`https://wijkbord.example/s/${body.id}#token=`)).toBe(true);
    const stored = await storage.getSession(body.id);
    expect(stored?.worksheets.map((w) => w.instanceId)).toEqual(["gedeeld-verhaal", "gedeeld-verhaal-2"]);
  });

  it.each([
    ["an empty body", "", 400, "bad_json"],
    ["bad JSON", "{", 400, "bad_json"],
    ["an unknown field", JSON.stringify({ ...valid, role: "admin" }), 400, "invalid_request"],
    ["a missing field", JSON.stringify({ title: "t", wijk: "w" }), 400, "invalid_request"],
    ["a wrong type", JSON.stringify({ ...valid, worksheets: "gedeeld-verhaal" }), 400, "invalid_request"],
    ["a blank title", JSON.stringify({ ...valid, title: "   " }), 400, "invalid_request"],
    [
      "an over-long wijk",
      JSON.stringify({ ...valid, wijk: "w".repeat(LIMITS.maxWijkLength + 1) }),
      400,
      "invalid_request",
    ],
    [
      "too many worksheets",
      JSON.stringify({
        ...valid,
        worksheets: Array(LIMITS.maxWorksheetsPerSession + 1).fill("gedeeld-verhaal"),
      }),
      400,
      "invalid_request",
    ],
    [
      "an unknown worksheet",
      JSON.stringify({ ...valid, worksheets: ["onbekend"] }),
      400,
      "unknown_worksheet",
    ],
  ])("refuses %s", async (_name, body, status, code) => {
    const res = await post(body);
    expect(res.status).toBe(status);
    const error = await errorOf(res);
    expect(error.code).toBe(code);
    expect(error.message).not.toBe("");
  });

  it("refuses a body over the limit with 413, whatever content-length claims", async () => {
    const big = JSON.stringify({ ...valid, title: "x".repeat(LIMITS.maxRequestBodyBytes) });
    const res = await post(big);
    expect(res.status).toBe(413);
    expect((await errorOf(res)).code).toBe("body_too_large");
  });

  it("never returns a 5xx for hostile input", async () => {
    for (const body of ["[]", "1", '"x"', "null", '{"__proto__":{"title":"x"}}', "\u0000"]) {
      const res = await post(body);
      expect(res.status, body).toBe(400);
    }
  });
});
