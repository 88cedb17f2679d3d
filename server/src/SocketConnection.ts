import { CLOSE, type Role } from "@wijkbord/shared";
import type { WebSocket } from "ws";
import type { Logger } from "./logger.ts";
import type { Room, RoomConnection } from "./Room.ts";
import type { DocRef } from "./Storage.ts";

/**
 * One client WebSocket joined to one room. Frames that arrive while the room is still loading
 * are kept and replayed in order once it is loaded, so the first sync reply already contains
 * everything in storage.
 */
export class SocketConnection implements RoomConnection {
  readonly role: Role;
  private readonly ws: WebSocket;
  private readonly ref: DocRef;
  private readonly logger: Logger;
  private readonly maxBufferedBytes: number;
  private room: Room | null = null;
  private early: Uint8Array[] = [];
  private earlyBytes = 0;
  private gone = false;

  constructor(opts: { ws: WebSocket; role: Role; ref: DocRef; logger: Logger; maxBufferedBytes: number }) {
    this.ws = opts.ws;
    this.role = opts.role;
    this.ref = opts.ref;
    this.logger = opts.logger;
    this.maxBufferedBytes = opts.maxBufferedBytes;
  }

  join(loading: Promise<Room>): void {
    loading.then(
      (room) => {
        if (this.gone) return;
        this.room = room;
        room.addConnection(this);
        const early = this.early;
        this.early = [];
        for (const frame of early) room.receive(this, frame);
      },
      (err) => {
        this.logger.error("could not load document", { ...this.ref, error: err });
        this.close(CLOSE.internalError, "could not load document");
      },
    );
  }

  receive(data: unknown): void {
    if (this.gone) return;
    if (!(data instanceof ArrayBuffer)) {
      this.close(CLOSE.badRequest, "only binary frames are accepted");
      return;
    }
    const frame = new Uint8Array(data);
    if (this.room) {
      this.room.receive(this, frame);
      return;
    }
    this.earlyBytes += frame.byteLength;
    if (this.earlyBytes > this.maxBufferedBytes) {
      this.close(CLOSE.policyViolation, "too much data before the document was loaded");
      return;
    }
    this.early.push(frame);
  }

  send(frame: Uint8Array): void {
    if (this.ws.readyState !== this.ws.OPEN) return;
    try {
      this.ws.send(frame);
    } catch (err) {
      this.logger.warn("send failed", { ...this.ref, error: err });
    }
  }

  close(code: number, reason: string): void {
    if (this.ws.readyState === this.ws.CLOSED || this.ws.readyState === this.ws.CLOSING) return;
    this.ws.close(code, reason);
  }

  /** The socket is closed (by either side): leave the room, which drops our presence. */
  onClosed(): void {
    this.gone = true;
    this.early = [];
    this.room?.removeConnection(this);
    this.room = null;
  }
}
