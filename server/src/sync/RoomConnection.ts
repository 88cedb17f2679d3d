import type { Role } from "@wijkbord/shared";

/** What a room needs from a client socket; the WebSocket adapter implements it. */
export interface RoomConnection {
  readonly role: Role;
  send(frame: Uint8Array): void;
  close(code: number, reason: string): void;
}
