import type { SessionDocName } from "@wijkbord/shared";
import WebSocket from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { once, waitFor } from "./waitFor.ts";

// Each WebsocketProvider adds a process 'exit' listener in Node; tests run a few dozen at once.
if (process.getMaxListeners() < 100) process.setMaxListeners(100);

export interface TestClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Resolves when the provider has (re)synced with the server. */
  synced(): Promise<void>;
  destroy(): void;
}

/**
 * A real y-websocket client, exactly as a script or the browser app would connect. Pass `doc` to
 * reuse a document (e.g. one with offline edits).
 */
export function connectClient(
  server: { wsUrl(sessionId: string): string },
  sessionId: string,
  docName: SessionDocName,
  token: string,
  { doc = new Y.Doc(), connect = true }: { doc?: Y.Doc; connect?: boolean } = {},
): TestClient {
  const provider = new WebsocketProvider(server.wsUrl(sessionId), docName, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    connect,
    params: { token },
    maxBackoffTime: 200,
  });
  return {
    doc,
    provider,
    synced: async () => {
      if (provider.synced) return;
      await once<[boolean]>(provider, "sync", { filter: (s) => s });
    },
    destroy: () => {
      provider.destroy();
      doc.destroy();
    },
  };
}

/** Connects and waits for the first sync. */
export async function connectSynced(...args: Parameters<typeof connectClient>): Promise<TestClient> {
  const client = connectClient(...args);
  await client.synced();
  return client;
}

/**
 * Proves everything `from` sent before this call has been processed by the server and reached
 * `to`: a resync of `from` (answered only once its earlier updates are stored, and so relayed),
 * then an awareness marker on `from` that `to` must see. Presence is relayed at once and a
 * document update only once stored, so the marker alone could overtake an update; after the
 * resync, the relayed updates are ahead of it on `to`'s socket.
 */
export async function roundTrip(from: TestClient, to: TestClient): Promise<void> {
  await resync(from);
  const marker = `${Date.now()}-${Math.random()}`;
  from.provider.awareness.setLocalStateField("marker", marker);
  const id = from.doc.clientID;
  await waitFor(() => to.provider.awareness.getStates().get(id)?.marker === marker, {
    what: "awareness marker",
  });
}

function varUint(n: number): number[] {
  const out: number[] = [];
  while (n > 127) {
    out.push((n & 127) | 128);
    n = Math.floor(n / 128);
  }
  out.push(n);
  return out;
}

/**
 * Sends a fresh sync step 1 on the client's socket and resolves when the server's step 2 answer
 * arrives. The server answers only after everything received earlier on that socket is stored,
 * so this is also an "is it saved?" check (docs/sync-protocol.md).
 */
export async function resync(client: TestClient): Promise<void> {
  const { provider, doc } = client;
  const ws = provider.ws as unknown as WebSocket | null;
  if (!ws) throw new Error("not connected");
  const done = once<[boolean]>(provider, "sync", { filter: (s) => s });
  provider.synced = false;
  const sv = Y.encodeStateVector(doc);
  ws.send(Uint8Array.of(0, 0, ...varUint(sv.length), ...sv));
  await done;
}
