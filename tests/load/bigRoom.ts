import { BOARD } from "@wijkbord/shared";
import { YKeyValue } from "y-utility/y-keyvalue";
import * as Y from "yjs";
import { connectClient, connectSynced, resync } from "../integration/support/connectClient.ts";
import { noteRecord } from "../integration/support/noteRecord.ts";
import { createSession, removeDataDir } from "../integration/support/startServer.ts";
import { nowMs } from "./clock.ts";
import { isWijkbord, type ServerKind, type ServerProcess, startServerProcess } from "./serverProcess.ts";

export interface BigRoomResult {
  server: ServerKind;
  notes: number;
  /** Size of the board document (Y.encodeStateAsUpdate), bytes. */
  docBytes: number;
  /** New client joins while the room is loaded (another client connected), ms per try. */
  hotMs: number[];
  /** Wijkbord only: first client after a server restart (room loaded from SQLite), ms per try. */
  coldMs: number[];
}

/** Time from `new WebsocketProvider` until its first sync with every note in its YKeyValue. */
async function joinMs(
  server: ServerProcess,
  target: { sessionId: string; token: string },
  notes: number,
): Promise<number> {
  const client = connectClient(server, target.sessionId, "board", target.token, { connect: false });
  const kv = new YKeyValue<unknown>(client.doc.getArray(BOARD.records));
  const t0 = nowMs();
  client.provider.connect();
  await client.synced();
  const ms = nowMs() - t0;
  const size = kv.map.size;
  client.destroy();
  if (size !== notes) throw new Error(`joined with ${size} notes, expected ${notes}`);
  return ms;
}

/** A room of `notes` notes (written 50 per transaction); how long a newcomer takes to receive it. */
export async function measureBigRoom(
  kind: ServerKind,
  { notes, tries }: { notes: number; tries: number },
): Promise<BigRoomResult> {
  let server = await startServerProcess(kind);
  const dataDir = server.dataDir;
  try {
    let target = { sessionId: "big", token: "" };
    if (isWijkbord(kind)) {
      const s = await createSession(server);
      target = { sessionId: s.id, token: s.tokens.participant };
    }
    const writer = await connectSynced(server, target.sessionId, "board", target.token);
    const kv = new YKeyValue<unknown>(writer.doc.getArray(BOARD.records));
    const words = ["groen", "speelplek", "bankje", "ontmoeten", "veilig", "licht", "buurthuis", "fietspad"];
    for (let i = 0; i < notes; i += 50) {
      writer.doc.transact(() => {
        for (let k = i; k < Math.min(notes, i + 50); k++) {
          const text = `Notitie ${k}: meer ${words[k % words.length]} en ${words[(k * 7) % words.length]} in de wijk`;
          kv.set(
            `shape:big-${k}`,
            noteRecord(`shape:big-${k}`, text, (k % 80) * 220, Math.floor(k / 80) * 220),
          );
        }
      });
    }
    // The server answers this step 1 only after everything before it is applied (and, for
    // Wijkbord, stored).
    await resync(writer);
    const docBytes = Y.encodeStateAsUpdate(writer.doc).byteLength;

    const hotMs: number[] = [];
    for (let i = 0; i < tries; i++) hotMs.push(await joinMs(server, target, notes));
    writer.destroy();

    const coldMs: number[] = [];
    if (isWijkbord(kind) && dataDir) {
      for (let i = 0; i < tries; i++) {
        await server.stop();
        server = await startServerProcess(kind, { dataDir });
        coldMs.push(await joinMs(server, target, notes));
      }
    }
    return { server: kind, notes, docBytes, hotMs, coldMs };
  } finally {
    await server.stop();
    if (dataDir) removeDataDir(dataDir);
  }
}
