import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  createWijkbordServer,
  type Logger,
  type WijkbordServer,
  type WijkbordServerOptions,
} from "@wijkbord/server";
import type { CreateSessionRequest, CreateSessionResponse, Role } from "@wijkbord/shared";

/** Every line the server logged, so a test can assert what is (not) in the logs. */
export class CapturingLogger implements Logger {
  readonly lines: string[] = [];
  info = (m: string, f?: Record<string, unknown>) => this.add("info", m, f);
  warn = (m: string, f?: Record<string, unknown>) => this.add("warn", m, f);
  error = (m: string, f?: Record<string, unknown>) => this.add("error", m, f);
  private add(level: string, m: string, f?: Record<string, unknown>) {
    this.lines.push(
      `${level} ${m} ${f ? JSON.stringify(f, (_k, v) => (v instanceof Error ? v.message : v)) : ""}`,
    );
  }
}

export interface TestServer extends WijkbordServer {
  dataDir: string;
  logger: CapturingLogger;
  /** y-websocket `serverUrl` of a session: `ws://…/ws/<sessionId>`; the room name is the doc name. */
  wsUrl(sessionId: string): string;
}

export function tempDataDir(): string {
  return mkdtempSync(join(tmpdir(), "wijkbord-test-"));
}

export function removeDataDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/**
 * A real Wijkbord server in this process on a free port. Pass `dataDir` to restart on an
 * existing one; otherwise a fresh temp dir is used (remove it with `removeDataDir`).
 */
export async function startServer(options: Partial<WijkbordServerOptions> = {}): Promise<TestServer> {
  const dataDir = options.dataDir ?? tempDataDir();
  const logger = new CapturingLogger();
  const server = await createWijkbordServer({
    port: 0,
    logger,
    // No browser app in these tests: the static routes answer 503 unless a test passes a folder.
    clientDistDir: join(dataDir, "no-client-dist"),
    ...options,
    dataDir,
  });
  return {
    ...server,
    dataDir,
    logger,
    wsUrl: (sessionId) => `${server.url.replace(/^http/, "ws")}/ws/${sessionId}`,
  };
}

export interface TestSession extends CreateSessionResponse {
  tokens: Record<Role, string>;
}

export const DEFAULT_SESSION: CreateSessionRequest = {
  title: "Werksessie Atolwijk",
  wijk: "Atolwijk",
  worksheets: ["gedeeld-verhaal"],
};

/** Creates a session through the real API and extracts each role's token from its link. */
export async function createSession(
  server: { url: string },
  request: CreateSessionRequest = DEFAULT_SESSION,
): Promise<TestSession> {
  const res = await fetch(`${server.url}/api/sessions`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(request),
  });
  if (res.status !== 201) throw new Error(`create session: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as CreateSessionResponse;
  const token = (link: string) => new URLSearchParams(new URL(link).hash.slice(1)).get("token") ?? "";
  return {
    ...body,
    tokens: {
      facilitator: token(body.links.facilitator),
      participant: token(body.links.participant),
      viewer: token(body.links.viewer),
    },
  };
}
