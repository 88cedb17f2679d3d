/** What the connection indicator shows. */
export type ConnectionStatus = "online" | "reconnecting" | "offline";

/** One y-websocket provider as the indicator sees it. */
export interface ProviderState {
  status: "connecting" | "connected" | "disconnected";
  synced: boolean;
}

/**
 * Online when the browser is online and every document is connected and synced; offline when the
 * browser says it has no network; reconnecting otherwise (server restarting, network flapping).
 */
export function connectionStatus(
  providers: readonly ProviderState[],
  browserOnline: boolean,
): ConnectionStatus {
  if (!browserOnline) return "offline";
  if (providers.length > 0 && providers.every((p) => p.status === "connected" && p.synced)) return "online";
  return "reconnecting";
}
