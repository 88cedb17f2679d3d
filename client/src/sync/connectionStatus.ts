import { CLOSE } from "@wijkbord/shared";

/**
 * What the connection indicator shows. "not-saving": the server closed a connection because its
 * storage refused a write (1011), so nothing new is being saved until it recovers; "server-busy":
 * it had no room for the document (1013). Both retry by themselves.
 */
export type ConnectionStatus = "online" | "reconnecting" | "offline" | "not-saving" | "server-busy";

/** One y-websocket provider as the indicator sees it. */
export interface ProviderState {
  status: "connecting" | "connected" | "disconnected";
  synced: boolean;
  /** Close code of the last connection, until the document has synced again. */
  lastCloseCode?: number | null;
}

/**
 * Online when the browser is online and every document is connected and synced; offline when the
 * browser says it has no network; otherwise the server's reason when it gave one (storage refused,
 * server full), else reconnecting (server restarting, network flapping).
 */
export function connectionStatus(
  providers: readonly ProviderState[],
  browserOnline: boolean,
): ConnectionStatus {
  if (!browserOnline) return "offline";
  if (providers.length > 0 && providers.every((p) => p.status === "connected" && p.synced)) return "online";
  const codes = providers.map((p) => p.lastCloseCode);
  if (codes.includes(CLOSE.internalError)) return "not-saving";
  if (codes.includes(CLOSE.tryAgainLater)) return "server-busy";
  return "reconnecting";
}
