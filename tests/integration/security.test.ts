import { CONTENT_SECURITY_POLICY } from "@wijkbord/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openRaw } from "./support/rawSocket.ts";
import {
  createSession,
  removeDataDir,
  startServer,
  type TestServer,
  type TestSession,
} from "./support/startServer.ts";

describe("origin check and security headers", () => {
  let server: TestServer;
  let session: TestSession;

  beforeAll(async () => {
    server = await startServer();
    session = await createSession(server);
  });
  afterAll(async () => {
    await server.close();
    removeDataDir(server.dataDir);
  });

  const boardUrl = () => `${server.wsUrl(session.id)}/board?token=${session.tokens.participant}`;

  it("refuses a WebSocket upgrade from another site's page with 403, even with a valid token", async () => {
    const outcome = await openRaw(boardUrl(), { headers: { Origin: "https://evil.example" } });
    expect(outcome).toEqual({ opened: false, status: 403 });
  });

  it("accepts the upgrade from our own pages", async () => {
    const outcome = await openRaw(boardUrl(), { headers: { Origin: server.url } });
    expect(outcome.opened).toBe(true);
    if (outcome.opened) outcome.ws.terminate();
  });

  it.each(["/", "/api/config", "/healthz", "/api/sessions/unknown-session-id"])(
    "sends a strict Content-Security-Policy and the usual headers on %s",
    async (path) => {
      const res = await fetch(`${server.url}${path}`);
      await res.arrayBuffer();
      expect(res.headers.get("content-security-policy")).toBe(CONTENT_SECURITY_POLICY);
      expect(res.headers.get("content-security-policy")).toContain("default-src 'self'");
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("x-frame-options")).toBe("DENY");
      expect(res.headers.get("referrer-policy")).toBe("no-referrer");
      // Served over http here: no HSTS.
      expect(res.headers.get("strict-transport-security")).toBeNull();
    },
  );
});
