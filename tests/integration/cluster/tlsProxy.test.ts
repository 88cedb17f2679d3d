import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { request } from "node:https";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import type { RunningCommand } from "../support/serverCommand.ts";
import { createSession, startServer, type TestServer } from "../support/startServer.ts";
import { waitFor } from "../support/waitFor.ts";
import { freePort, runNginx } from "./support/startNginx.ts";

/** The single-instance file operators install (and compose.yaml mounts): only addresses replaced. */
const TLS_CONF = fileURLToPath(new URL("../../../deploy/nginx/wijkbord.conf", import.meta.url));

/** GET over https with the test's self-signed certificate. */
function httpsGet(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { rejectUnauthorized: false }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk) => {
        body += chunk;
      });
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("deploy/nginx/wijkbord.conf in front of one Wijkbord", () => {
  let dir = "";
  let server: TestServer;
  let nginx: RunningCommand;
  let httpsPort = 0;

  beforeAll(async () => {
    server = await startServer();
    dir = mkdtempSync(join(tmpdir(), "wijkbord-tls-nginx-"));
    execFileSync(
      "openssl",
      [
        "req",
        "-x509",
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:prime256v1",
        "-nodes",
        "-days",
        "1",
      ].concat([
        "-subj",
        "/CN=wijkbord.example.nl",
        "-keyout",
        join(dir, "key.pem"),
        "-out",
        join(dir, "cert.pem"),
      ]),
      { stdio: "ignore" },
    );
    httpsPort = await freePort();
    const httpPort = await freePort();
    const conf = readFileSync(TLS_CONF, "utf8");
    const pointed = conf
      .replace("server wijkbord:8080;", `server 127.0.0.1:${server.port};`)
      .replace(/ {4}listen 443 ssl http2;\n/, `    listen 127.0.0.1:${httpsPort} ssl http2;\n`)
      .replace(/ {4}listen 80;\n/, `    listen 127.0.0.1:${httpPort};\n`)
      .replace(/ {4}listen \[::\]:\d+( ssl http2)?;\n/g, "")
      .replace("/etc/nginx/certs/wijkbord.crt", join(dir, "cert.pem"))
      .replace("/etc/nginx/certs/wijkbord.key", join(dir, "key.pem"))
      .replace(/access_log \S+ /, `access_log ${join(dir, "access.log")} `);
    expect(pointed, "wijkbord.conf changed shape: the test cannot point it at its ports").toContain(
      `127.0.0.1:${httpsPort} ssl http2`,
    );
    nginx = runNginx(dir, pointed);
    await waitFor(
      async () => {
        if (nginx.child.exitCode !== null) throw new Error(`nginx refused wijkbord.conf:\n${nginx.output()}`);
        return httpsGet(`https://127.0.0.1:${httpsPort}/healthz`).then(
          (r) => r.status === 200,
          () => false,
        );
      },
      { what: "nginx serving https", timeout: 20_000 },
    );
  }, 60_000);

  afterAll(async () => {
    if (nginx && nginx.child.exitCode === null) {
      nginx.child.kill("SIGTERM");
      await nginx.exited;
    }
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("loads in nginx and answers /healthz over https", async () => {
    const health = await httpsGet(`https://127.0.0.1:${httpsPort}/healthz`);
    expect(health.status).toBe(200);
    expect(JSON.parse(health.body)).toMatchObject({ ok: true });
  });

  it("upgrades a WebSocket through it (wss), and leaves the link's token out of its access log", async () => {
    const session = await createSession(server);
    const token = session.tokens.participant;
    const ws = new WebSocket(`wss://127.0.0.1:${httpsPort}/ws/${session.id}/board?token=${token}`, {
      rejectUnauthorized: false,
      headers: { origin: `https://127.0.0.1:${httpsPort}` },
    });
    const opened = await new Promise<boolean>((resolve) => {
      ws.once("open", () => resolve(true));
      ws.once("error", () => resolve(false));
      ws.once("unexpected-response", () => resolve(false));
    });
    ws.close();
    expect(opened).toBe(true);
    // nginx logs a proxied WebSocket when it ends.
    const logPath = join(dir, "access.log");
    await waitFor(() => readFileSync(logPath, "utf8").includes(`/ws/${session.id}/board`), {
      what: "the WebSocket in nginx's access log",
    });
    const log = readFileSync(logPath, "utf8");
    expect(log).not.toContain(token);
  });
});
