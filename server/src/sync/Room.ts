import { CLOSE, canWrite } from "@wijkbord/shared";
import * as Y from "yjs";
import type { Logger } from "../log/logger.ts";
import { docKindOf } from "../metrics/docKind.ts";
import { type DocTraffic, type SyncMetrics, UNREAD_METRICS } from "../metrics/SyncMetrics.ts";
import { FencedWriteError } from "../storage/FencedWriteError.ts";
import type { Appended, DocRef, Storage } from "../storage/Storage.ts";
import { encodeSyncStep1, encodeSyncStep2, encodeUpdate } from "./encodeFrame.ts";
import { PresenceRelay } from "./PresenceRelay.ts";
import { type Frame, FrameError, parseFrame } from "./parseFrame.ts";
import type { RoomConnection } from "./RoomConnection.ts";
import type { UpdateAcceptance } from "./UpdateAcceptance.ts";

export interface RoomOptions {
  ref: DocRef;
  storage: Storage;
  logger: Logger;
  compactAfterUpdates: number;
  /** The document's content rules; null: any update of a role that may write it. */
  accept: UpdateAcceptance | null;
  /** Where the relay path is counted; default: nowhere anyone reads. */
  metrics?: SyncMetrics;
  /**
   * Called after each compaction and when the room unloads with nothing left to compact, with the
   * document still whole: the moments to note what it holds (e.g. dashboard counts) without
   * reading it on every update. Runs synchronously; a throw is logged and changes nothing else.
   */
  onCheckpoint?: (room: Room) => void;
}

/** An encoded empty Yjs update (no structs, empty delete set): what a client with nothing new sends. */
const isEmptyUpdate = (u: Uint8Array) => u.length === 2 && u[0] === 0 && u[1] === 0;

/** Origin of the server's own transactions (never a connection, so nobody is skipped). */
const SERVER_ORIGIN = Symbol("wijkbord.server");

/**
 * One loaded Yjs document with its awareness and connected clients. Invariants:
 * - an update reaches other clients only after storage committed it (kept if the server dies), in
 *   the order received; a sync reply, the acknowledgement a client can wait for, only once every
 *   update it includes is on disk as well (kept through a power loss);
 * - writes from a role that may not write this document never touch the doc;
 * - a misbehaving client is closed on its own; nothing it sends can throw out of `receive`.
 */
export class Room {
  readonly ref: DocRef;
  readonly doc = new Y.Doc();
  readonly presence: PresenceRelay;
  /** Set by the registry: called when the last connection leaves / the first one arrives. */
  onEmpty: () => void = () => {};
  onOccupied: () => void = () => {};

  private readonly opts: RoomOptions;
  private readonly metrics: SyncMetrics;
  private readonly traffic: DocTraffic;
  private readonly connections = new Set<RoomConnection>();
  /** Serialises relays (each after its commit) and compactions, in the order updates were applied. */
  private committed: Promise<void> = Promise.resolve();
  /** Appends not yet relayed (their commit is awaited in `committed`). */
  private pendingWrites = 0;
  private compactionQueued = false;
  /** `onDisk` of the latest commit; storage settles them in order, so it covers the earlier ones. */
  private onDisk: Promise<void> = Promise.resolve();
  private commitsNotOnDisk = 0;
  private lastSeq: number;
  private updatesSinceSnapshot: number;
  private readonly warnedDrops = new WeakSet<RoomConnection>();
  private readonly warnedPresence = new WeakSet<RoomConnection>();
  private destroyed = false;
  /** Storage refused an append: the in-memory doc is ahead of storage and must be discarded. */
  broken = false;

  static async load(opts: RoomOptions): Promise<Room> {
    const stored = await opts.storage.loadDocument(opts.ref);
    const room = new Room(opts, stored.snapshot, stored.updates, stored.lastSeq);
    if (room.updatesSinceSnapshot >= opts.compactAfterUpdates) await room.compact();
    return room;
  }

  private constructor(
    opts: RoomOptions,
    snapshot: Uint8Array | null,
    updates: Uint8Array[],
    lastSeq: number,
  ) {
    this.opts = opts;
    this.ref = opts.ref;
    this.metrics = opts.metrics ?? UNREAD_METRICS;
    this.traffic = this.metrics.traffic[docKindOf(opts.ref.doc)];
    if (snapshot) Y.applyUpdate(this.doc, snapshot);
    for (const u of updates) Y.applyUpdate(this.doc, u);
    this.lastSeq = lastSeq;
    this.updatesSinceSnapshot = updates.length;
    this.presence = new PresenceRelay(this.doc);
    this.doc.on("update", this.onDocUpdate);
  }

  get connectionCount(): number {
    return this.connections.size;
  }

  addConnection(conn: RoomConnection): void {
    if (this.destroyed) {
      conn.close(CLOSE.internalError, "room closed");
      return;
    }
    this.connections.add(conn);
    if (this.connections.size === 1) this.onOccupied();
    conn.send(encodeSyncStep1(Y.encodeStateVector(this.doc)));
    this.presence.join(conn);
  }

  removeConnection(conn: RoomConnection): void {
    if (!this.connections.delete(conn)) return;
    this.presence.leave(conn);
    if (this.connections.size === 0) this.onEmpty();
  }

  /** Handles one binary frame from `conn`, once its rate limits admit it. Never throws. */
  receive(conn: RoomConnection, data: Uint8Array): void {
    if (!this.connections.has(conn)) return;
    try {
      const frame = parseFrame(data);
      if (frame.type === "awareness") this.receivePresence(conn, frame.update, data.byteLength);
      else if (conn.admit(data.byteLength, false)) this.handle(conn, frame);
    } catch (err) {
      // Malformed frame, or a payload Yjs/awareness could not decode: that client is broken.
      const kind = err instanceof FrameError ? "malformed frame" : "malformed payload";
      this.opts.logger.warn(`closing socket: ${kind}`, {
        ...this.ref,
        role: conn.role,
        requestId: conn.requestId,
        error: err,
      });
      conn.close(CLOSE.badRequest, kind);
    }
  }

  /** Screened before the rate limit: what a client only sends back of what it heard does not count. */
  private receivePresence(conn: RoomConnection, update: Uint8Array, bytes: number): void {
    const screened = this.presence.screen(conn, update);
    if (!conn.admit(bytes, screened.repeat)) return;
    if (screened.forged) this.warnForgedPresence(conn);
    this.presence.apply(conn, screened);
  }

  private handle(conn: RoomConnection, frame: Exclude<Frame, { type: "awareness" }>): void {
    switch (frame.type) {
      case "sync-step-1": {
        const reply = encodeSyncStep2(Y.encodeStateAsUpdate(this.doc, frame.stateVector));
        this.afterOnDisk(() => conn.send(reply));
        return;
      }
      case "sync-step-2":
      case "update":
        if (!canWrite(conn.role, this.ref.doc)) {
          this.dropWrite(conn, frame.update);
          return;
        }
        if (this.opts.accept && !isEmptyUpdate(frame.update)) {
          const refusal = this.opts.accept(frame.update, this.doc, conn);
          if (refusal) {
            this.opts.logger.warn("closing socket: change refused", {
              ...this.ref,
              requestId: conn.requestId,
              refusal,
            });
            conn.close(CLOSE.badRequest, `${this.ref.doc} change refused: ${refusal}`.slice(0, 120));
            return;
          }
        }
        Y.applyUpdate(this.doc, frame.update, conn);
        return;
      case "query-awareness":
        conn.send(this.presence.allStates());
        return;
    }
  }

  private warnForgedPresence(conn: RoomConnection): void {
    if (this.warnedPresence.has(conn)) return;
    this.warnedPresence.add(conn);
    this.opts.logger.warn("dropped presence for a client id this socket does not own", {
      ...this.ref,
      role: conn.role,
      requestId: conn.requestId,
    });
  }

  private dropWrite(conn: RoomConnection, update: Uint8Array): void {
    // Every client answers our sync step 1 with a (usually empty) step 2: that is not an attempt.
    if (isEmptyUpdate(update) || this.warnedDrops.has(conn)) return;
    this.warnedDrops.add(conn);
    this.opts.logger.warn("dropped write from a role without write access", {
      ...this.ref,
      role: conn.role,
      requestId: conn.requestId,
    });
  }

  /** Runs `fn` once every update applied so far is on disk; never when the room broke meanwhile. */
  private afterOnDisk(fn: () => void): void {
    if (this.pendingWrites === 0 && this.commitsNotOnDisk === 0) {
      fn();
      return;
    }
    // Not in the `committed` chain: later relays need not wait for this disk sync.
    this.flushed()
      .then(() => {
        if (!this.broken) fn();
      })
      .catch(this.onUnexpected);
  }

  // The chain must never stay rejected, or every later reply and broadcast would be skipped.
  private readonly onUnexpected = (err: unknown): void => {
    this.opts.logger.error("unexpected error in room", { ...this.ref, error: err });
  };

  private readonly onDocUpdate = (update: Uint8Array, origin: unknown): void => {
    if (this.broken) return;
    const applied = performance.now();
    let stored: Appended | Promise<Appended>;
    try {
      stored = this.opts.storage.appendUpdate(this.ref, update);
    } catch (err) {
      stored = Promise.reject(err);
    }
    if (!(stored instanceof Promise) && this.pendingWrites === 0) {
      // Committed, and no earlier update waits for its commit: relay now. A cold SQLite commit
      // costs ~0.1 ms; the promise hops after it cost as much again before the first send.
      this.metrics.commitSeconds.observe((performance.now() - applied) / 1000);
      this.deliver(update, origin, stored, applied);
      return;
    }
    this.pendingWrites++;
    const pending = Promise.resolve(stored);
    // Handled in `relay`, which may run later than the rejection.
    pending.catch(() => {});
    // The append started at once, so updates arriving together share one disk sync; they are still
    // relayed one after another, in the order they were applied, each once it is stored.
    this.committed = this.committed
      .then(() => this.relay(update, origin, pending, applied))
      .catch(this.onUnexpected);
  };

  private async relay(
    update: Uint8Array,
    origin: unknown,
    stored: Promise<Appended>,
    applied: number,
  ): Promise<void> {
    try {
      if (this.broken) return;
      let appended: Appended;
      try {
        appended = await stored;
      } catch (err) {
        this.fail(err, "append");
        return;
      }
      this.metrics.commitSeconds.observe((performance.now() - applied) / 1000);
      this.deliver(update, origin, appended, applied);
    } finally {
      this.pendingWrites--;
    }
  }

  /** Sends a committed update to everyone but its sender; compacts (in order) when the log is long. */
  private deliver(update: Uint8Array, origin: unknown, appended: Appended, applied: number): void {
    this.lastSeq = Math.max(this.lastSeq, appended.seq);
    this.watchDisk(appended.onDisk);
    this.updatesSinceSnapshot++;
    const frame = encodeUpdate(update);
    for (const conn of this.connections) if (conn !== origin) conn.send(frame);
    this.metrics.relaySeconds.observe((performance.now() - applied) / 1000);
    this.traffic.updates++;
    this.traffic.updateBytes += update.byteLength;
    if (!this.compactionQueued && this.updatesSinceSnapshot >= this.opts.compactAfterUpdates) {
      this.compactionQueued = true;
      this.committed = this.committed
        .then(() => this.compact())
        .finally(() => {
          this.compactionQueued = false;
        })
        .catch(this.onUnexpected);
    }
  }

  /**
   * Relaying before the disk sync (which storage makes within `TIMINGS.walSyncMaxDelayMs`, or at once
   * for a waiting acknowledgement) costs nothing in safety against a crash of the server (the commit
   * is in the WAL) and ~1 ms per note less; should the sync fail, the room closes (1011) like on a
   * refused append, and the clients, which hold every update they were sent, send it again.
   */
  private watchDisk(onDisk: Promise<void>): void {
    this.onDisk = onDisk;
    this.commitsNotOnDisk++;
    onDisk.then(
      () => {
        this.commitsNotOnDisk--;
      },
      (err) => {
        this.commitsNotOnDisk--;
        this.fail(err, "sync");
      },
    );
  }

  private fail(err: unknown, operation: "append" | "sync"): void {
    this.metrics.storageErrors[operation]++;
    if (this.broken) return;
    this.broken = true;
    if (err instanceof FencedWriteError) {
      // Another instance took the session over: its copy is the truth, the clients go there.
      this.opts.logger.warn("write refused by the lease's epoch; closing the room", {
        ...this.ref,
        error: err,
      });
      for (const conn of [...this.connections])
        conn.close(CLOSE.notOwner, "another instance owns this session");
      return;
    }
    this.opts.logger.error("storage refused an update; closing the room", { ...this.ref, error: err });
    // 1011 is not fatal for clients: they reconnect to a reloaded room and resend what they have.
    for (const conn of [...this.connections]) conn.close(CLOSE.internalError, "storage error");
  }

  /** Runs inside the `committed` chain (or before any client), so every seq ≤ lastSeq is in the doc. */
  private async compact(): Promise<void> {
    const throughSeq = this.lastSeq;
    try {
      await this.opts.storage.compact(this.ref, Y.encodeStateAsUpdate(this.doc), throughSeq);
      this.updatesSinceSnapshot = 0;
      this.checkpoint();
    } catch (err) {
      this.metrics.storageErrors.compact++;
      // The log is still complete, so this is not fatal; the next append tries again.
      this.opts.logger.error("compaction failed", { ...this.ref, error: err });
    }
  }

  private checkpoint(): void {
    try {
      this.opts.onCheckpoint?.(this);
    } catch (err) {
      this.opts.logger.warn("a checkpoint hook failed", { ...this.ref, error: err });
    }
  }

  /**
   * Closes every connection, waits for pending appends and compacts the tail; with `keep: false`
   * (its session is being deleted) it stores nothing more, so no snapshot outlives the deletion.
   */
  async destroy(
    closeCode: number = CLOSE.goingAway,
    { reason = "room closed", keep = true }: { reason?: string; keep?: boolean } = {},
  ): Promise<void> {
    if (this.destroyed) return;
    this.destroyed = true;
    for (const conn of [...this.connections]) conn.close(closeCode, reason);
    this.connections.clear();
    await this.flushed();
    if (keep && !this.broken) {
      if (this.updatesSinceSnapshot > 0) await this.compact();
      else this.checkpoint();
    }
    this.presence.destroy();
    this.doc.destroy();
  }

  /**
   * The session's lease moved to another instance: closes every socket (4503: reconnect) without
   * writing anything more, since whatever this copy holds beyond storage was never acknowledged.
   */
  disown(): Promise<void> {
    this.broken = true;
    return this.destroy(CLOSE.notOwner);
  }

  /** Resolves once every update applied so far is on disk, or the room broke (see `broken`). */
  flushed(): Promise<void> {
    return this.committed
      .then(() => {
        // Every update applied so far is committed now; someone waits for the disk.
        this.opts.storage.syncSoon();
        return this.onDisk;
      })
      .catch(() => {});
  }

  /**
   * A change made by the server itself (e.g. a vote's public state): applied in one transaction
   * whose origin is no connection, so it is stored and then sent to every client like any update.
   * Resolves once stored; throws when the room is closing (acquire it again).
   */
  async serverChange(change: (doc: Y.Doc) => void): Promise<void> {
    if (this.destroyed || this.broken) throw new Error("room is closed");
    this.doc.transact(() => change(this.doc), SERVER_ORIGIN);
    await this.flushed();
    if (this.broken) throw new Error("storage refused the change");
  }
}
