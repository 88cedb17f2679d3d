import { connectClient, type TestClient } from "../integration/support/connectClient.ts";
import { createSession, removeDataDir } from "../integration/support/startServer.ts";
import { waitFor } from "../integration/support/waitFor.ts";
import { nowMs, sleep } from "./clock.ts";
import { rssBytes } from "./procStats.ts";
import { isWijkbord, type ServerKind, type ServerProcess, startServerProcess } from "./serverProcess.ts";

export interface MemorySample {
  rss: number;
  heapUsed: number;
  /** Loaded rooms (Wijkbord's `rooms.size`); null for the reference. */
  rooms: number | null;
}

export interface IdleRoomsResult {
  server: ServerKind;
  sessions: number;
  /** Documents (rooms) per session the clients opened: Wijkbord control + board; reference one. */
  docsPerSession: number;
  graceMs: number | null;
  baseline: MemorySample;
  /** Every session with one idle client connected (presence set, nothing else happening). */
  connected: MemorySample;
  /** All clients gone, rooms still inside their grace period. */
  disconnected: MemorySample;
  /** After the grace period (Wijkbord), or 'never' for the reference. */
  afterGrace: MemorySample | null;
  /** From the last disconnect until `rooms.size` reached 0 (Wijkbord). */
  unloadedAfterMs: number | null;
}

async function sample(server: ServerProcess): Promise<MemorySample> {
  await server.gc();
  await sleep(300);
  await server.gc();
  const stats = await server.stats();
  return { rss: rssBytes(server.pid), heapUsed: stats.heapUsed, rooms: stats.rooms };
}

/**
 * Memory per idle room: `sessions` rooms, each with one client that connects, syncs and stays idle,
 * then disconnects; for Wijkbord also whether the rooms are unloaded after `graceMs`. Samples are
 * taken after two forced GCs (the launcher runs with --expose-gc), so they show retained memory.
 */
export async function measureIdleRooms(
  kind: ServerKind,
  { sessions, graceMs }: { sessions: number; graceMs: number },
): Promise<IdleRoomsResult> {
  const server = await startServerProcess(kind, { roomGraceMs: graceMs });
  const clients: TestClient[] = [];
  try {
    // Sessions are created first (creating one loads no room), so the baseline includes them.
    const targets: { sessionId: string; token: string }[] = [];
    for (let i = 0; i < sessions; i += 10) {
      const batch = await Promise.all(
        Array.from({ length: Math.min(10, sessions - i) }, async (_, k) => {
          if (!isWijkbord(kind)) return { sessionId: `idle-${i + k}`, token: "" };
          const s = await createSession(server);
          return { sessionId: s.id, token: s.tokens.participant };
        }),
      );
      targets.push(...batch);
    }
    const baseline = await sample(server);
    const docs = isWijkbord(kind) ? (["control", "board"] as const) : (["board"] as const);
    for (let i = 0; i < targets.length; i += 25) {
      const batch = targets.slice(i, i + 25).flatMap(({ sessionId, token }) =>
        docs.map((doc) => {
          const c = connectClient(server, sessionId, doc, token);
          // Like the browser app: presence on the board, none on the control document.
          c.provider.awareness.setLocalState(
            doc === "board"
              ? { user: { id: sessionId, name: "Deelnemer", color: "#0b7285" }, cursor: null }
              : null,
          );
          return c;
        }),
      );
      clients.push(...batch);
      await Promise.all(batch.map((c) => c.synced()));
    }
    await sleep(1000);
    const connected = await sample(server);
    for (const c of clients.splice(0)) c.destroy();
    const lastLeft = nowMs();
    // Wait until the server has processed the closes (or the reference has no hook: a short pause).
    if (isWijkbord(kind)) await sleep(500);
    else await sleep(1000);
    const disconnected = await sample(server);
    let afterGrace: MemorySample | null = null;
    let unloadedAfterMs: number | null = null;
    if (isWijkbord(kind)) {
      await waitFor(async () => (await server.stats()).rooms === 0, {
        timeout: graceMs + 20_000,
        interval: 100,
        what: "idle rooms to be unloaded",
      });
      unloadedAfterMs = nowMs() - lastLeft;
      afterGrace = await sample(server);
    }
    return {
      server: kind,
      sessions,
      docsPerSession: docs.length,
      graceMs: isWijkbord(kind) ? graceMs : null,
      baseline,
      connected,
      disconnected,
      afterGrace,
      unloadedAfterMs,
    };
  } finally {
    for (const c of clients) c.destroy();
    await server.stop();
    if (server.dataDir) removeDataDir(server.dataDir);
  }
}
