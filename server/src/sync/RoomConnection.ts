import type { Role } from "@wijkbord/shared";

/** What a room needs from a client socket; the WebSocket adapter implements it. */
export interface RoomConnection {
  readonly role: Role;
  /** The id of the HTTP request that opened it (`X-Request-Id`), on the room's lines about it. */
  readonly requestId?: string;
  /** The participant id this socket's credential registered (its own seat, say), or null/absent. */
  readonly memberId?: string | null;
  send(frame: Uint8Array): void;
  close(code: number, reason: string): void;
  /**
   * Counts an inbound frame of `bytes` against the connection's rate limits; false, and the
   * connection is closed, when it is over them. A `repeat` (presence the client only sends back,
   * see `PresenceRelay.screen`) is free as long as it does not outnumber what it was sent.
   */
  admit(bytes: number, repeat: boolean): boolean;
}
