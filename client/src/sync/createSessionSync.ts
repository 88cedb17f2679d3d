import { type DocName, FATAL_CLOSE_CODES, PATHS, sendOwnPresenceOnly, TOKEN_PARAM } from "@wijkbord/shared";
import { atom, type Signal } from "tldraw";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { type ConnectionStatus, connectionStatus, type ProviderState } from "./connectionStatus.ts";

export interface FatalClose {
  code: number;
  reason: string;
}

export interface SessionSyncOptions {
  sessionId: string;
  token: string;
  /** `ws(s)://host`; defaults to the page's own origin. */
  wsOrigin?: string;
  /** For Node (tests): the `ws` package's WebSocket. */
  WebSocketPolyfill?: typeof WebSocket;
  /** Cross-tab BroadcastChannel; off in Node. */
  disableBc?: boolean;
  /**
   * Asked when connections keep failing: the server refuses a bad token or a deleted session
   * with an HTTP status before the WebSocket upgrade, which a browser cannot see. Resolves to a
   * fatal close code (e.g. 4401) when access is gone, or null when retrying makes sense.
   */
  verifyAccess?: () => Promise<number | null>;
}

/** Failed connection attempts in a row before `verifyAccess` is asked, and how often at most. */
const VERIFY_AFTER_FAILURES = 3;
const VERIFY_INTERVAL_MS = 15_000;

export interface SessionSync {
  readonly docs: Readonly<Record<DocName, Y.Doc>>;
  readonly providers: Readonly<Record<DocName, WebsocketProvider>>;
  /** Combined state of both connections and the browser's network. */
  readonly status: Signal<ConnectionStatus>;
  /** Set when the server closed a connection with a code after which retrying cannot help. */
  readonly fatal: Signal<FatalClose | null>;
  /** True once both documents synced with the server (stays true while offline afterwards). */
  readonly everSynced: Signal<boolean>;
  /** Stops both connections for good with `close` as the fatal reason (an API call said so). */
  stop(close: FatalClose): void;
  destroy(): void;
}

export function defaultWsOrigin(): string {
  return `${location.protocol === "https:" ? "wss:" : "ws:"}//${location.host}`;
}

/**
 * A session's two Yjs documents (`control`, `board`), each synced over its own y-websocket
 * connection `${origin}/ws/${sessionId}/${doc}?token=…`. Presence uses the board connection's
 * awareness only; the control connection publishes none.
 */
export function createSessionSync(options: SessionSyncOptions): SessionSync {
  const serverUrl = `${options.wsOrigin ?? defaultWsOrigin()}${PATHS.ws}/${encodeURIComponent(options.sessionId)}`;
  const names: DocName[] = ["control", "board"];
  const docs = { control: new Y.Doc(), board: new Y.Doc() };
  const providers = {} as Record<DocName, WebsocketProvider>;
  const states: Record<DocName, ProviderState> = {
    control: { status: "connecting", synced: false },
    board: { status: "connecting", synced: false },
  };
  const browserOnline = () => (typeof navigator === "undefined" ? true : navigator.onLine);
  const status = atom<ConnectionStatus>("wijkbord.status", "reconnecting");
  const fatal = atom<FatalClose | null>("wijkbord.fatal", null);
  const everSynced = atom("wijkbord.everSynced", false);
  const synced = new Set<DocName>();
  let lastVerify = 0;

  const maybeVerify = (provider: WebsocketProvider) => {
    const { verifyAccess } = options;
    if (!verifyAccess || fatal.get() || provider.wsUnsuccessfulReconnects < VERIFY_AFTER_FAILURES) return;
    if (Date.now() - lastVerify < VERIFY_INTERVAL_MS) return;
    lastVerify = Date.now();
    verifyAccess().then(
      (code) => {
        if (code !== null) stopAll({ code, reason: "access refused" });
      },
      () => {},
    );
  };

  const update = () => {
    status.set(connectionStatus(Object.values(states), browserOnline()));
  };

  const stopAll = (close: FatalClose) => {
    if (fatal.get()) return;
    fatal.set(close);
    // Not from inside the provider's own close handler: it is still tearing the socket down.
    queueMicrotask(() => {
      for (const name of names) providers[name].disconnect();
    });
  };

  for (const name of names) {
    const provider = new WebsocketProvider(serverUrl, name, docs[name], {
      params: { [TOKEN_PARAM]: options.token },
      ...(options.WebSocketPolyfill ? { WebSocketPolyfill: options.WebSocketPolyfill } : {}),
      disableBc: options.disableBc ?? false,
    });
    providers[name] = provider;
    sendOwnPresenceOnly(provider);
    if (name === "control") provider.awareness.setLocalState(null);
    provider.on("status", ({ status: s }: { status: ProviderState["status"] }) => {
      states[name] = { ...states[name], status: s, synced: s === "connected" ? provider.synced : false };
      update();
    });
    provider.on("sync", (isSynced: boolean) => {
      states[name] = {
        status: provider.wsconnected ? "connected" : states[name].status,
        synced: isSynced,
        lastCloseCode: isSynced ? null : states[name].lastCloseCode,
      };
      if (isSynced) {
        synced.add(name);
        if (synced.size === names.length) everSynced.set(true);
      }
      update();
    });
    provider.on("connection-close", (event: CloseEvent | null) => {
      states[name] = { ...states[name], lastCloseCode: event?.code ?? null };
      update();
      if (event && FATAL_CLOSE_CODES.includes(event.code))
        stopAll({ code: event.code, reason: event.reason });
      else maybeVerify(provider);
    });
    // y-websocket stops by itself on any other 44xx code (e.g. 4400): show that as fatal too.
    provider.on("closed", (event: { code: number; reason: string }) => stopAll(event));
  }

  const onNetwork = () => update();
  if (typeof window !== "undefined") {
    window.addEventListener("online", onNetwork);
    window.addEventListener("offline", onNetwork);
  }

  return {
    docs,
    providers,
    status,
    fatal,
    everSynced,
    stop: stopAll,
    destroy() {
      if (typeof window !== "undefined") {
        window.removeEventListener("online", onNetwork);
        window.removeEventListener("offline", onNetwork);
      }
      for (const name of names) {
        providers[name].awareness.setLocalState(null);
        providers[name].destroy();
        docs[name].destroy();
      }
    },
  };
}
