import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  ApiErrorSchema,
  ClientConfigSchema,
  CreateSessionResponseSchema,
  LIMITS,
  PROTOCOL_VERSION,
  SessionInfoSchema,
  WorksheetListSchema,
} from "@wijkbord/shared";
import { CATALOGUE, getWorksheet, layoutSession } from "@wijkbord/worksheets";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createSession,
  DEFAULT_SESSION,
  removeDataDir,
  startServer,
  type TestServer,
  type TestSession,
  tempDataDir,
} from "./support/startServer.ts";

describe("HTTP API", () => {
  let server: TestServer;
  let session: TestSession;

  beforeAll(async () => {
    server = await startServer({ tldrawLicenseKey: "test-licence" });
    session = await createSession(server);
  });
  afterAll(async () => {
    await server.close();
    removeDataDir(server.dataDir);
  });

  const post = (body: string, headers: Record<string, string> = { "content-type": "application/json" }) =>
    fetch(`${server.url}/api/sessions`, { method: "POST", headers, body });

  async function expectError(res: Response, status: number, code: string, messageIncludes?: string) {
    expect(res.status).toBe(status);
    const body = ApiErrorSchema.parse(await res.json());
    expect(body.error.code).toBe(code);
    expect(body.error.message.length).toBeGreaterThan(0);
    if (messageIncludes) expect(body.error.message).toContain(messageIncludes);
    return body;
  }

  describe("POST /api/sessions", () => {
    it("creates a session: 201, three absolute links with different tokens", async () => {
      const res = await post(JSON.stringify(DEFAULT_SESSION));
      expect(res.status).toBe(201);
      const body = CreateSessionResponseSchema.parse(await res.json());
      const links = Object.values(body.links);
      const tokens = links.map((l) => new URL(l).hash.replace("#token=", ""));
      for (const link of links) expect(link.startsWith(`${server.url}/s/${body.id}#token=`)).toBe(true);
      expect(new Set(tokens).size).toBe(3);
      // ≥ 128 random bits in base64url.
      for (const t of tokens) expect(t).toMatch(/^[A-Za-z0-9_-]{22,}$/);
      expect(body.id).toMatch(/^[A-Za-z0-9_-]{16,}$/);
    });

    it("refuses bad JSON", async () => {
      await expectError(await post("{ title: "), 400, "bad_json");
    });

    it("refuses unknown fields", async () => {
      const body = await expectError(
        await post(JSON.stringify({ ...DEFAULT_SESSION, admin: true })),
        400,
        "invalid_request",
        "admin",
      );
      expect(body.error.issues?.length).toBeGreaterThan(0);
    });

    it("refuses wrong types, naming the field", async () => {
      const body = await expectError(
        await post(JSON.stringify({ ...DEFAULT_SESSION, wijk: 42 })),
        400,
        "invalid_request",
      );
      expect(body.error.issues?.[0]?.path).toBe("wijk");
      expect(body.error.message).toContain("wijk");
      await expectError(await post(JSON.stringify([1, 2])), 400, "invalid_request");
      await expectError(await post("null"), 400, "invalid_request");
    });

    it("refuses a title over the limit", async () => {
      const title = "x".repeat(LIMITS.maxTitleLength + 1);
      const body = await expectError(
        await post(JSON.stringify({ ...DEFAULT_SESSION, title })),
        400,
        "invalid_request",
      );
      expect(body.error.issues?.[0]?.path).toBe("title");
      expect(body.error.message).toContain(String(LIMITS.maxTitleLength));
    });

    it("refuses an unknown worksheet", async () => {
      const body = await expectError(
        await post(JSON.stringify({ ...DEFAULT_SESSION, worksheets: ["gedeeld-verhaal", "bestaat-niet"] })),
        400,
        "unknown_worksheet",
        "bestaat-niet",
      );
      expect(body.error.issues?.[0]?.path).toBe("worksheets.1");
    });

    it("refuses a body over LIMITS.maxRequestBodyBytes with 413", async () => {
      const huge = JSON.stringify({ ...DEFAULT_SESSION, padding: "x".repeat(LIMITS.maxRequestBodyBytes) });
      await expectError(await post(huge), 413, "body_too_large");
    });
  });

  describe("GET /api/worksheets", () => {
    it("lists, in the guide's order, every worksheet a session can be created with, and its zones", async () => {
      const res = await fetch(`${server.url}/api/worksheets`);
      expect(res.status).toBe(200);
      const { worksheets } = WorksheetListSchema.parse(await res.json());
      expect(worksheets.map((w) => w.id)).toEqual(CATALOGUE.map((w) => w.id));
      const gedeeld = worksheets.find((w) => w.id === "gedeeld-verhaal");
      expect(gedeeld?.title.nl).toBe(getWorksheet("gedeeld-verhaal")?.title.nl);
      expect(gedeeld?.zones.map((z) => z.id)).toContain("dromen-omgeving");
      // Zones of a card a session shows only once added say which card.
      const speelruimte = worksheets.find((w) => w.id === "speelruimte");
      expect(speelruimte?.zones.find((z) => z.id.startsWith("stakeholder-5-"))?.card).toBe(5);
      const created = await post(
        JSON.stringify({ ...DEFAULT_SESSION, worksheets: worksheets.map((w) => w.id) }),
      );
      expect(created.status).toBe(201);
    });
  });

  describe("GET /api/sessions/:id", () => {
    const get = (id: string, token?: string, via: "header" | "query" = "header") =>
      fetch(`${server.url}/api/sessions/${id}${token && via === "query" ? `?token=${token}` : ""}`, {
        headers: token && via === "header" ? { authorization: `Bearer ${token}` } : {},
      });

    it.each(["facilitator", "participant", "viewer"] as const)(
      "returns role %s for its token",
      async (role) => {
        const res = await get(session.id, session.tokens[role]);
        expect(res.status).toBe(200);
        expect(res.headers.get("cache-control")).toBe("no-store");
        const info = SessionInfoSchema.parse(await res.json());
        expect(info).toMatchObject({
          id: session.id,
          role,
          title: DEFAULT_SESSION.title,
          wijk: DEFAULT_SESSION.wijk,
          protocolVersion: PROTOCOL_VERSION,
        });
        expect(info.worksheets).toEqual(layoutSession(DEFAULT_SESSION.worksheets));
        if (role === "facilitator") expect(info.links).toEqual(session.links);
        else expect(info.links).toBeUndefined();
      },
    );

    it("accepts the token as ?token= too", async () => {
      const res = await get(session.id, session.tokens.viewer, "query");
      expect(res.status).toBe(200);
      expect(((await res.json()) as { role: string }).role).toBe("viewer");
    });

    it("answers 401 for a wrong or missing token, 404 for an unknown session", async () => {
      const other = await createSession(server);
      await expectError(await get(session.id, "A".repeat(43)), 401, "unauthorized");
      await expectError(await get(session.id), 401, "unauthorized");
      await expectError(await get(session.id, other.tokens.facilitator), 401, "unauthorized");
      await expectError(await get("AAAAAAAAAAAAAAAA", session.tokens.facilitator), 404, "not_found");
    });
  });

  it("GET /healthz answers ok", async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(200);
    // http://localhost: tldraw needs no licence key here (tests/integration/licence.test.ts has the rest).
    expect(await res.json()).toEqual({ ok: true, licence: { state: "not-needed" } });
  });

  it("GET /api/config gives the licence key and protocol version", async () => {
    const res = await fetch(`${server.url}/api/config`);
    expect(ClientConfigSchema.parse(await res.json())).toEqual({
      tldrawLicenseKey: "test-licence",
      protocolVersion: PROTOCOL_VERSION,
      licence: { state: "not-needed" },
    });
  });

  it("no cache may keep an API answer: new links after a rotation, the history, a voter's own votes", async () => {
    const s = await createSession(server);
    const authorization = `Bearer ${s.tokens.facilitator}`;
    const calls: [string, RequestInit][] = [
      [`/api/sessions/${s.id}/links/rotate`, { method: "POST", body: JSON.stringify({ roles: ["viewer"] }) }],
      [`/api/sessions/${s.id}/history`, {}],
      [
        `/api/sessions/${s.id}/vote/mine`,
        { method: "POST", body: JSON.stringify({ voterSecret: "a".repeat(32) }) },
      ],
    ];
    for (const [path, init] of calls) {
      const res = await fetch(`${server.url}${path}`, { ...init, headers: { authorization } });
      expect(res.status, path).toBe(200);
      expect(res.headers.get("cache-control"), path).toBe("no-store");
      await res.arrayBuffer();
    }
  });

  it("unknown API routes answer JSON 404", async () => {
    await expectError(await fetch(`${server.url}/api/nope`), 404, "not_found");
  });

  it("without a built client, / answers 503 saying how to build it", async () => {
    const res = await fetch(`${server.url}/`);
    expect(res.status).toBe(503);
    expect(await res.text()).toContain("pnpm build");
  });

  it("serves tldraw's assets with the right content types", async () => {
    const cases = [
      ["/tldraw-assets/fonts/IBMPlexSans-Medium.woff2", "font/woff2"],
      ["/tldraw-assets/icons/icon/0_merged.svg", "image/svg+xml"],
      ["/tldraw-assets/translations/nl.json", "application/json; charset=utf-8"],
      ["/tldraw-assets/embed-icons/figma.png", "image/png"],
    ] as const;
    for (const [path, type] of cases) {
      const res = await fetch(`${server.url}${path}`);
      expect(res.status, path).toBe(200);
      expect(res.headers.get("content-type")).toBe(type);
      await res.arrayBuffer();
    }
    expect((await fetch(`${server.url}/tldraw-assets/package.json`)).status).toBe(404);
    for (const probe of [
      "fonts/%2e%2e/package.json",
      "fonts/..%2fimports.js",
      "fonts/..%5c..%5cpackage.json",
    ]) {
      expect((await fetch(`${server.url}/tldraw-assets/${probe}`)).status, probe).toBe(404);
    }
  });

  it("never writes a token into the logs", () => {
    const logs = server.logger.lines.join("\n");
    for (const t of Object.values(session.tokens)) expect(logs).not.toContain(t);
  });
});

describe("serving the built client", () => {
  let server: TestServer;
  const dist = tempDataDir();
  beforeAll(async () => {
    mkdirSync(join(dist, "assets"), { recursive: true });
    writeFileSync(join(dist, "index.html"), "<!doctype html><title>Wijkbord</title>");
    writeFileSync(join(dist, "assets", "index-abc123.js"), "console.log(1)");
    writeFileSync(join(dist, "assets", "index-abc123.css"), "body{}");
    server = await startServer({ clientDistDir: dist });
  });
  afterAll(async () => {
    await server.close();
    removeDataDir(server.dataDir);
    removeDataDir(dist);
  });

  it("serves index.html for / and for session links (SPA fallback)", async () => {
    for (const path of ["/", "/s/abcdefghijklmnop"]) {
      const res = await fetch(`${server.url}${path}`);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
      expect(await res.text()).toContain("<title>Wijkbord</title>");
    }
  });

  it("serves hashed assets with a long cache and the right types", async () => {
    const js = await fetch(`${server.url}/assets/index-abc123.js`);
    expect(js.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(js.headers.get("cache-control")).toContain("immutable");
    expect(await js.text()).toBe("console.log(1)");
    const css = await fetch(`${server.url}/assets/index-abc123.css`);
    expect(css.headers.get("content-type")).toBe("text/css; charset=utf-8");
    await css.text();
    expect((await fetch(`${server.url}/assets/missing.js`)).status).toBe(404);
  });
});
