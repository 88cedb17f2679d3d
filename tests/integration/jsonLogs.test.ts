import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createRequire } from "node:module";
import { createInterface } from "node:readline";
import { fileURLToPath, pathToFileURL } from "node:url";
import { credentialOf } from "@wijkbord/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeCode, openRaw } from "./support/rawSocket.ts";
import { createSession, removeDataDir, type TestSession, tempDataDir } from "./support/startServer.ts";
import { waitFor } from "./support/waitFor.ts";

const MAIN = fileURLToPath(new URL("../../server/src/main.ts", import.meta.url));
const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;

type Line = Record<string, unknown> & { level: string; time: string; msg: string };

/** The server as `npm start` runs it, its stdout read line by line. */
describe("logs on stdout: JSON lines with request ids, without credentials", () => {
  const dataDir = tempDataDir();
  const raw: string[] = [];
  let child: ChildProcess;
  let url = "";
  let session: TestSession;
  const secret = randomBytes(24).toString("base64url");

  beforeAll(async () => {
    child = spawn(process.execPath, ["--import", TSX_LOADER, MAIN], {
      env: { ...process.env, PORT: "0", HOST: "127.0.0.1", DATA_DIR: dataDir, LOG_LEVEL: "info" },
      stdio: ["ignore", "pipe", "inherit"],
    });
    createInterface({ input: child.stdout as NonNullable<ChildProcess["stdout"]> }).on("line", (l) =>
      raw.push(l),
    );
    await waitFor(() => raw.some((l) => l.includes("Wijkbord listening")), {
      timeout: 30_000,
      what: "listening",
    });
    const listening = JSON.parse(raw.find((l) => l.includes("Wijkbord listening")) as string);
    url = `http://127.0.0.1:${listening.port}`;
    session = await createSession({ url });
  }, 40_000);
  afterAll(async () => {
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await exited;
    removeDataDir(dataDir);
  });

  const lines = () => raw.map((l) => JSON.parse(l) as Line);
  const linesOf = (requestId: string) => lines().filter((l) => l.requestId === requestId);

  it("echoes a client's X-Request-Id, makes one otherwise, and puts it on the lines of that request", async () => {
    const participant = credentialOf(session.tokens.participant, secret);
    // Succeeds: nothing logged (no record of what each participant does), the id still answered.
    const ok = await fetch(`${url}/api/sessions/${session.id}`, {
      headers: { authorization: `Bearer ${participant}`, "x-request-id": "werksessie-1" },
    });
    expect(ok.status).toBe(200);
    expect(ok.headers.get("x-request-id")).toBe("werksessie-1");

    // Refused: a wrong secret-bearing credential in the header, a token in the query string.
    const wrongCredential = credentialOf(session.tokens.facilitator.replace(/^./, "x"), secret);
    const refused = await fetch(`${url}/api/sessions/${session.id}/export/csv`, {
      headers: { authorization: `Bearer ${wrongCredential}`, "x-request-id": "werksessie-2" },
    });
    expect(refused.status).toBe(401);
    const inQuery = await fetch(
      `${url}/api/sessions/${session.id}/history?token=${session.tokens.participant}`,
    );
    expect(inQuery.status).toBe(403);
    const generated = inQuery.headers.get("x-request-id") ?? "";
    expect(generated).toMatch(/^[0-9a-f-]{36}$/);
    // An id a client may not choose (spaces, too long) is replaced.
    const odd = await fetch(`${url}/api/nope`, { headers: { "x-request-id": "a b" } });
    expect(odd.headers.get("x-request-id")).not.toBe("a b");

    // A socket's lines carry the id of the upgrade request that opened it.
    const ws = await openRaw(`${url.replace("http", "ws")}/ws/${session.id}/board?token=${participant}`, {
      headers: { "x-request-id": "werksessie-3" },
    });
    if (!ws.opened) throw new Error(`upgrade refused: ${ws.status}`);
    const closed = closeCode(ws.ws);
    ws.ws.send(new Uint8Array([0xff, 0xff, 0xff]));
    expect(await closed).toBe(4400);

    await waitFor(() => linesOf("werksessie-3").length > 0, { what: "the socket's line" });
    expect(linesOf("werksessie-1")).toEqual([]);
    expect(linesOf("werksessie-2")).toMatchObject([{ level: "info", msg: "request refused", status: 401 }]);
    expect(linesOf(generated)).toMatchObject([{ msg: "request refused", status: 403 }]);
    expect(linesOf("werksessie-3")).toMatchObject([
      { level: "warn", msg: "closing socket: malformed frame" },
    ]);
    // Every line a request wrote carries its id.
    expect(lines().filter((l) => l.path !== undefined && l.requestId === undefined)).toEqual([]);
  });

  it("writes only JSON lines with level, ISO time and msg, and no token or secret", () => {
    expect(raw.length).toBeGreaterThan(3);
    for (const line of lines()) {
      expect(["info", "warn", "error"]).toContain(line.level);
      expect(new Date(line.time).toISOString()).toBe(line.time);
      expect(typeof line.msg).toBe("string");
    }
    const all = raw.join("\n");
    for (const credential of [...Object.values(session.tokens), secret])
      expect(all).not.toContain(credential);
  });
});
