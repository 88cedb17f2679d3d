import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import WebSocket from "ws";
import { Awareness, encodeAwarenessUpdate } from "y-protocols/awareness";
import * as Y from "yjs";

/** What a simulated participant needs from its connection (a real provider or a light client). */
export interface BenchClient {
  doc: Y.Doc;
  provider: {
    awareness: Awareness;
    on(event: "status", fn: (e: { status: string }) => void): void;
    ws: unknown;
  };
  synced(): Promise<void>;
  destroy(): void;
}

const MESSAGE_SYNC = 0;
const MESSAGE_AWARENESS = 1;
const SYNC_STEP_1 = 0;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

function frame(type: number, write: (e: encoding.Encoder) => void): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, type);
  write(e);
  return encoding.toUint8Array(e);
}

/**
 * A load participant that speaks the y-websocket protocol over a raw socket but keeps no replica
 * of the room: it sends its own notes (from a document holding only them) and its cursor exactly
 * as a browser would, answers the server's sync step 1, and reads but does not apply what others
 * send. The server sees the same frames as from a real client; the machine is spared 200 clients'
 * worth of applying everyone's updates, so the server, not the simulation, sets the latency.
 * Only the probe participants (real providers) measure.
 */
export function connectLightClient(wsBase: string, docName: string, token: string): BenchClient {
  const doc = new Y.Doc();
  const awareness = new Awareness(doc);
  const url = `${wsBase}/${docName}${token ? `?token=${encodeURIComponent(token)}` : ""}`;
  const ws = new WebSocket(url);
  ws.binaryType = "arraybuffer";
  const statusListeners: ((e: { status: string }) => void)[] = [];
  let synced = false;
  const syncWaiters: (() => void)[] = [];
  const send = (data: Uint8Array) => {
    if (ws.readyState === WebSocket.OPEN) ws.send(data);
  };

  ws.on("error", () => {});
  ws.on("open", () => {
    for (const fn of statusListeners) fn({ status: "connected" });
    send(
      frame(MESSAGE_SYNC, (e) => {
        encoding.writeVarUint(e, SYNC_STEP_1);
        encoding.writeVarUint8Array(e, Y.encodeStateVector(doc));
      }),
    );
  });
  ws.on("close", () => {
    for (const fn of statusListeners) fn({ status: "disconnected" });
  });
  ws.on("message", (data: ArrayBuffer) => {
    const d = decoding.createDecoder(new Uint8Array(data));
    if (decoding.readVarUint(d) !== MESSAGE_SYNC) return;
    const syncType = decoding.readVarUint(d);
    if (syncType === SYNC_STEP_1) {
      const sv = decoding.readVarUint8Array(d);
      send(
        frame(MESSAGE_SYNC, (e) => {
          encoding.writeVarUint(e, SYNC_STEP_2);
          encoding.writeVarUint8Array(e, Y.encodeStateAsUpdate(doc, sv));
        }),
      );
    } else if (syncType === SYNC_STEP_2 && !synced) {
      synced = true;
      for (const w of syncWaiters.splice(0)) w();
    }
  });
  doc.on("update", (update: Uint8Array) => {
    send(
      frame(MESSAGE_SYNC, (e) => {
        encoding.writeVarUint(e, SYNC_UPDATE);
        encoding.writeVarUint8Array(e, update);
      }),
    );
  });
  awareness.on("update", ({ added, updated }: { added: number[]; updated: number[] }) => {
    const changed = [...added, ...updated].filter((id) => id === doc.clientID);
    if (changed.length === 0) return;
    send(
      frame(MESSAGE_AWARENESS, (e) =>
        encoding.writeVarUint8Array(e, encodeAwarenessUpdate(awareness, changed)),
      ),
    );
  });

  return {
    doc,
    provider: { awareness, on: (_event, fn) => statusListeners.push(fn), ws },
    synced: () => (synced ? Promise.resolve() : new Promise<void>((resolve) => syncWaiters.push(resolve))),
    destroy: () => {
      awareness.destroy();
      ws.terminate();
      doc.destroy();
    },
  };
}
