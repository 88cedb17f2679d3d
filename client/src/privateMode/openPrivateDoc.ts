import { PATHS, TOKEN_PARAM } from "@wijkbord/shared";
import { atom, type Signal } from "tldraw";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { defaultWsOrigin } from "../sync/createSessionSync.ts";

export interface PrivateDoc {
  readonly doc: Y.Doc;
  /** True once the document synced with the server since it was last connected. */
  readonly synced: Signal<boolean>;
  /** Connects (idempotent): only while private mode is on, or while notes still wait in it. */
  connect(): void;
  disconnect(): void;
  destroy(): void;
}

/**
 * This browser's private document (`/ws/<sessionId>/private-<secret>`): notes made while private
 * mode is on live here, shown only by this browser, until the server's reveal moves them to the
 * board. No presence on it. Not connected until `connect()`.
 */
export function openPrivateDoc(options: {
  sessionId: string;
  token: string;
  name: string;
  wsOrigin?: string;
  WebSocketPolyfill?: typeof WebSocket;
  disableBc?: boolean;
}): PrivateDoc {
  const doc = new Y.Doc();
  const serverUrl = `${options.wsOrigin ?? defaultWsOrigin()}${PATHS.ws}/${encodeURIComponent(options.sessionId)}`;
  const provider = new WebsocketProvider(serverUrl, options.name, doc, {
    params: { [TOKEN_PARAM]: options.token },
    connect: false,
    ...(options.WebSocketPolyfill ? { WebSocketPolyfill: options.WebSocketPolyfill } : {}),
    disableBc: options.disableBc ?? false,
  });
  provider.awareness.setLocalState(null);
  const synced = atom("wijkbord.privateSynced", false);
  provider.on("sync", (isSynced: boolean) => synced.set(isSynced));
  provider.on("status", ({ status }: { status: string }) => {
    if (status !== "connected") synced.set(false);
  });
  return {
    doc,
    synced,
    connect() {
      if (!provider.shouldConnect) provider.connect();
    },
    disconnect() {
      if (provider.shouldConnect) provider.disconnect();
    },
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}
