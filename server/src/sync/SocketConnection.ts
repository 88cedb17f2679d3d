import type { Socket } from "node:net";
import { CLOSE, MESSAGE, type Role } from "@wijkbord/shared";
import type { WebSocket } from "ws";
import type { Logger } from "../log/logger.ts";
import { withFields } from "../log/withFields.ts";
import { docKindOf } from "../metrics/docKind.ts";
import { type DocTraffic, type SyncMetrics, UNREAD_METRICS } from "../metrics/SyncMetrics.ts";
import { OwnedElsewhereError } from "../storage/OwnedElsewhereError.ts";
import type { DocRef } from "../storage/Storage.ts";
import type { Room } from "./Room.ts";
import type { RoomConnection } from "./RoomConnection.ts";
import { RoomsFullError } from "./RoomRegistry.ts";
import type { ConnectionAccess } from "./SessionConnections.ts";
import { TokenBucket } from "./TokenBucket.ts";
import { wireFrame } from "./wireFrame.ts";

/** What one connection may send and keep queued (LIMITS, overridable in tests). */
export interface ConnectionLimits {
  /** Bytes a connection may send before its document has loaded (then 1008; frames: `messagesBurst`). */
  maxEarlyBytes: number;
  messagesPerSecond: number;
  messagesBurst: number;
  bytesPerSecond: number;
  bytesBurst: number;
  /** Bytes queued towards a client that does not read them; above it the client is dropped. */
  maxSendBufferBytes: number;
}

/**
 * One client WebSocket joined to one room. Frames that arrive while the room is still loading
 * are kept and replayed in order once it is loaded, so the first sync reply already contains
 * everything in storage.
 */
export class SocketConnection implements RoomConnection {
  readonly role: Role;
  readonly requestId?: string;
  private readonly ws: WebSocket;
  /** The TCP socket under `ws`, written to directly (see `send`). */
  private readonly socket: Socket;
  private readonly ref: DocRef;
  /** Its own lines carry `requestId`. */
  private readonly logger: Logger;
  private readonly limits: ConnectionLimits;
  private readonly messages: TokenBucket;
  private readonly bytes: TokenBucket;
  private readonly metrics: SyncMetrics;
  private readonly traffic: DocTraffic;
  private readonly access: ConnectionAccess | undefined;
  private room: Room | null = null;
  private early: Uint8Array[] = [];
  private earlyBytes = 0;
  /**
   * Presence frames sent to this client that it may send back for free: a stock y-websocket
   * provider returns every awareness change it hears (one frame per frame at most), which must not
   * get it closed in a busy room, but repeats must not become a way around the limits either.
   */
  private repeatsAllowed = 0;
  private gone = false;

  constructor(opts: {
    ws: WebSocket;
    role: Role;
    ref: DocRef;
    logger: Logger;
    limits: ConnectionLimits;
    metrics?: SyncMetrics;
    requestId?: string;
    /** What it authenticated with; read live, as a registration may complete it later. */
    access?: ConnectionAccess;
  }) {
    this.ws = opts.ws;
    this.socket = socketOf(opts.ws);
    this.role = opts.role;
    this.requestId = opts.requestId;
    this.access = opts.access;
    this.ref = opts.ref;
    this.logger = opts.requestId ? withFields(opts.logger, { requestId: opts.requestId }) : opts.logger;
    this.limits = opts.limits;
    this.messages = new TokenBucket(opts.limits.messagesBurst, opts.limits.messagesPerSecond);
    this.bytes = new TokenBucket(opts.limits.bytesBurst, opts.limits.bytesPerSecond);
    this.metrics = opts.metrics ?? UNREAD_METRICS;
    this.traffic = this.metrics.traffic[docKindOf(opts.ref.doc)];
  }

  get memberId(): string | null {
    return this.access?.memberId ?? null;
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
        if (err instanceof OwnedElsewhereError) {
          // Routine while a session moves between instances: the client retries (see CLOSE.notOwner).
          this.logger.info("refusing a connection: another instance owns the session", {
            sessionId: this.ref.sessionId,
            owner: err.owner,
          });
          this.close(CLOSE.notOwner, "another instance owns this session; reconnect");
          return;
        }
        if (err instanceof RoomsFullError) {
          this.logger.warn("refusing a connection: too many documents in memory", { ...this.ref });
          this.close(CLOSE.tryAgainLater, "the server is full; try again later");
          return;
        }
        this.metrics.storageErrors.load++;
        this.logger.error("could not load document", { ...this.ref, error: err });
        this.close(CLOSE.internalError, "could not load document");
      },
    );
  }

  /** One frame as `ws` delivers it (a Buffer by default). */
  receive(data: unknown, isBinary = true): void {
    if (this.gone) return;
    const frame = !isBinary
      ? null
      : data instanceof Uint8Array
        ? data
        : data instanceof ArrayBuffer
          ? new Uint8Array(data)
          : null;
    if (!frame) {
      this.close(CLOSE.badRequest, "only binary frames are accepted");
      return;
    }
    this.traffic.framesIn++;
    this.traffic.bytesIn += frame.byteLength;
    // The room asks `admit` once it knows what the frame is.
    if (this.room) {
      this.room.receive(this, frame);
      return;
    }
    this.earlyBytes += frame.byteLength;
    if (this.earlyBytes > this.limits.maxEarlyBytes || this.early.length >= this.limits.messagesBurst) {
      this.close(CLOSE.policyViolation, "too much data before the document was loaded");
      return;
    }
    this.early.push(frame);
  }

  admit(bytes: number, repeat: boolean): boolean {
    if (repeat && this.repeatsAllowed > 0) {
      this.repeatsAllowed--;
      return true;
    }
    if (this.messages.take() && this.bytes.take(bytes)) return true;
    // A well-behaved client never gets here; reconnecting resends what the server lacks.
    this.logger.warn("closing socket: sending too fast", { ...this.ref, role: this.role });
    this.close(CLOSE.policyViolation, "too many messages or bytes per second");
    return false;
  }

  send(frame: Uint8Array): void {
    if (this.ws.readyState !== this.ws.OPEN) return;
    if (this.ws.bufferedAmount > this.limits.maxSendBufferBytes) {
      // A client that stops reading must not make the server hold the room's traffic for it. Its
      // send buffer is full, so a close frame would not get through either: drop the connection.
      this.logger.warn("dropping a client that does not read", { ...this.ref, role: this.role });
      this.ws.terminate();
      return;
    }
    try {
      // One write of a buffer framed once per broadcast (`wireFrame`), not `ws.send`'s framing per
      // socket. Ordered with ws's own writes (pings, close): without extensions it queues nothing.
      this.socket.write(wireFrame(frame));
      this.traffic.bytesOut += frame.byteLength;
      if (frame[0] === MESSAGE.awareness)
        this.repeatsAllowed = Math.min(this.repeatsAllowed + 1, this.limits.messagesBurst);
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

/** `ws` keeps its socket private; fail loudly at the first connection if a ws upgrade moves it. */
function socketOf(ws: WebSocket): Socket {
  const socket = (ws as unknown as { _socket?: Socket })._socket;
  if (!socket || typeof socket.write !== "function")
    throw new Error("ws no longer exposes its socket as _socket");
  return socket;
}
