type AwarenessChanges = { added: number[]; updated: number[]; removed: number[] };
type AwarenessHandler = (changes: AwarenessChanges, origin: unknown) => void;

/** The part of a y-websocket `WebsocketProvider` (3.x) this changes. */
export interface PresenceForwardingProvider {
  awareness: {
    on(event: "update", handler: AwarenessHandler): void;
    off(event: "update", handler: AwarenessHandler): void;
  };
  _awarenessUpdateHandler: AwarenessHandler;
}

/**
 * y-websocket's provider sends every awareness change to the server, the ones it has just received
 * from the server included (it applies those with itself as the origin; yjs/yjs#732). In a room
 * where a hundred cursors move, every browser would send all of them back, which the server
 * discards unchanged, and a browser that hears more than `LIMITS.messagesPerSecond` presence
 * frames would be closed (1008) for sending too fast. With this the provider sends what this
 * browser changes (and the removals its awareness makes for peers that went silent) and nothing it
 * only heard. Its `destroy()` still unregisters the handler: the filtered one takes its place.
 */
export function sendOwnPresenceOnly(provider: PresenceForwardingProvider): void {
  const forward = provider._awarenessUpdateHandler;
  provider.awareness.off("update", forward);
  provider._awarenessUpdateHandler = (changes, origin) => {
    if (origin !== provider) forward(changes, origin);
  };
  provider.awareness.on("update", provider._awarenessUpdateHandler);
}
