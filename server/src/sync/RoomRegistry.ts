import { CLOSE, isPrivateDocName, type SessionDocName } from "@wijkbord/shared";
import type { Logger } from "../log/logger.ts";
import type { SyncMetrics } from "../metrics/SyncMetrics.ts";
import type { DocRef, Storage } from "../storage/Storage.ts";
import { Room } from "./Room.ts";
import type { UpdateAcceptance } from "./UpdateAcceptance.ts";

export interface RoomRegistryOptions {
  storage: Storage;
  logger: Logger;
  /** How long an empty room stays loaded (TIMINGS.roomGraceMs). */
  graceMs: number;
  /** Appends before the log is compacted (TIMINGS.compactAfterUpdates). */
  compactAfterUpdates: number;
  /** Documents loaded at once (LIMITS.maxRoomsInMemory). */
  maxRooms: number;
  /**
   * Whether a private document holds nothing worth keeping: when its room unloads it is then
   * deleted from storage instead of stored (decided in the tick its sockets close).
   */
  discardable?: (room: Room) => boolean;
  /** Each document kind's content rules (null: any update of a role that may write it). */
  acceptanceFor: (doc: SessionDocName, sessionId: string) => UpdateAcceptance | null;
  /** Where rooms count their relay path. */
  metrics?: SyncMetrics;
  /** Handed to every room (`RoomOptions.onCheckpoint`). */
  onCheckpoint?: (room: Room) => void;
}

/** Every room is in use and the limit is reached: the client should try again later (1013). */
export class RoomsFullError extends Error {
  override name = "RoomsFullError";
}

const keyOf = (ref: DocRef) => `${ref.sessionId}/${ref.doc}`;

/**
 * Loads each document at most once, shares it between its connections and unloads it after it
 * has been empty for the grace period. A document being unloaded is only reloaded after its
 * pending appends are flushed, so a reload never misses an acknowledged update.
 */
export class RoomRegistry {
  private readonly opts: RoomRegistryOptions;
  private readonly rooms = new Map<string, Promise<Room>>();
  private readonly loaded = new Map<string, Room>();
  private readonly unloading = new Map<string, Promise<void>>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private closed = false;

  constructor(opts: RoomRegistryOptions) {
    this.opts = opts;
    opts.storage.ownership?.onLost((sessionId) => this.disownSession(sessionId));
  }

  /** The room of a document, loading it first when needed. */
  async acquire(ref: DocRef): Promise<Room> {
    if (this.closed) throw new Error("room registry is closed");
    const key = keyOf(ref);
    const current = this.loaded.get(key);
    if (current?.broken) this.unload(key, current);
    let pending = this.rooms.get(key);
    if (!pending) {
      this.makeRoom();
      pending = this.load(key, ref);
      this.rooms.set(key, pending);
      pending.catch(() => {
        if (this.rooms.get(key) === pending) this.rooms.delete(key);
        // A lease claimed for a load that then failed is handed back.
        this.releaseIfIdle(ref.sessionId);
      });
    }
    return pending;
  }

  /** At the limit, unloads empty rooms early (longest loaded first); throws when all are in use. */
  private makeRoom(): void {
    if (this.rooms.size < this.opts.maxRooms) return;
    for (const [key, room] of this.loaded) {
      if (room.connectionCount === 0) void this.unload(key, room);
      if (this.rooms.size < this.opts.maxRooms) return;
    }
    throw new RoomsFullError(`${this.opts.maxRooms} documents are in use`);
  }

  /** A loaded room, without loading it (for tests and diagnostics). */
  get(ref: DocRef): Room | undefined {
    return this.loaded.get(keyOf(ref));
  }

  get size(): number {
    return this.loaded.size;
  }

  /** Every loaded room (for metrics, read when scraped). */
  loadedRooms(): IterableIterator<Room> {
    return this.loaded.values();
  }

  /** The sessions with at least one loaded document. */
  sessionIds(): Set<string> {
    return new Set([...this.loaded.values()].map((room) => room.ref.sessionId));
  }

  private async load(key: string, ref: DocRef): Promise<Room> {
    await this.unloading.get(key);
    // Before reading: the lease's epoch fences every write made from what is read now.
    await this.opts.storage.ownership?.claim(ref.sessionId);
    const room = await Room.load({
      ref,
      storage: this.opts.storage,
      logger: this.opts.logger,
      compactAfterUpdates: this.opts.compactAfterUpdates,
      accept: this.opts.acceptanceFor(ref.doc, ref.sessionId),
      metrics: this.opts.metrics,
      onCheckpoint: this.opts.onCheckpoint,
    });
    room.onEmpty = () => this.scheduleUnload(key, room);
    room.onOccupied = () => this.cancelUnload(key);
    this.loaded.set(key, room);
    // Nobody may ever connect (the socket closed while we loaded): unload like an emptied room.
    this.scheduleUnload(key, room);
    return room;
  }

  private scheduleUnload(key: string, room: Room): void {
    this.cancelUnload(key);
    const timer = setTimeout(() => {
      this.timers.delete(key);
      if (room.connectionCount === 0) this.unload(key, room);
    }, this.opts.graceMs);
    timer.unref();
    this.timers.set(key, timer);
  }

  private cancelUnload(key: string): void {
    const timer = this.timers.get(key);
    if (timer) clearTimeout(timer);
    this.timers.delete(key);
  }

  private unload(key: string, room: Room, disowned = false): Promise<void> {
    this.cancelUnload(key);
    if (this.loaded.get(key) === room) {
      this.loaded.delete(key);
      this.rooms.delete(key);
    }
    const previous = this.unloading.get(key) ?? Promise.resolve();
    const done = previous
      .then(() => (disowned ? room.disown() : this.retire(room)))
      .catch((err) => this.opts.logger.error("unloading a room failed", { key, error: err }))
      .finally(() => {
        if (this.unloading.get(key) === done) this.unloading.delete(key);
        this.releaseIfIdle(room.ref.sessionId);
      });
    this.unloading.set(key, done);
    return done;
  }

  /** The lease of the session moved to another instance: its rooms here may be stale. */
  private disownSession(sessionId: string): void {
    for (const [key, room] of [...this.loaded]) {
      if (room.ref.sessionId === sessionId) void this.unload(key, room, true);
    }
  }

  /** Hands the session's lease back once none of its documents is loaded, loading or unloading. */
  private releaseIfIdle(sessionId: string): void {
    const ownership = this.opts.storage.ownership;
    if (!ownership) return;
    const prefix = `${sessionId}/`;
    for (const key of [...this.rooms.keys(), ...this.unloading.keys()]) if (key.startsWith(prefix)) return;
    ownership.release(sessionId).catch((err) => {
      // It expires by itself within its duration; until then the session waits for this instance.
      this.opts.logger.warn("releasing a lease failed", { sessionId, error: err });
    });
  }

  /**
   * Closes a room that is no longer loaded. An empty private document goes from storage too: a
   * revealed one that a client's reconnect wrote back, or one emptied by its browser after the
   * reveal. Nothing can land between the check and the closing of its sockets (same tick).
   */
  private async retire(room: Room): Promise<void> {
    const discard =
      isPrivateDocName(room.ref.doc) && !room.broken && (this.opts.discardable?.(room) ?? false);
    await room.destroy();
    if (discard) await this.opts.storage.deleteDocument(room.ref);
  }

  /**
   * Unloads a loaded private document's room and deletes the document from storage, if
   * `deletable(room)` holds at that moment. The check and the closing of the room's sockets (1001,
   * after which a client that still needs the document reconnects to a fresh one) happen in the
   * same tick, so nothing a client sends can land between them; a reload of the document waits
   * until the deletion is done. Resolves to whether the document was deleted: false when the room
   * is no longer the loaded one, broken, or not deletable (then it stays as it is).
   */
  deleteDocument(room: Room, deletable: (room: Room) => boolean): Promise<boolean> {
    const key = keyOf(room.ref);
    if (!isPrivateDocName(room.ref.doc)) throw new Error("only private documents can be deleted");
    if (this.loaded.get(key) !== room || room.broken || !deletable(room)) return Promise.resolve(false);
    this.cancelUnload(key);
    this.loaded.delete(key);
    this.rooms.delete(key);
    const destroyed = room.destroy(CLOSE.goingAway);
    const previous = this.unloading.get(key) ?? Promise.resolve();
    let deleted = false;
    const done = Promise.all([previous, destroyed])
      .then(() => this.opts.storage.deleteDocument(room.ref))
      .then(() => {
        deleted = true;
      })
      .catch((err) => this.opts.logger.error("deleting a document failed", { key, error: err }))
      .finally(() => {
        if (this.unloading.get(key) === done) this.unloading.delete(key);
        this.releaseIfIdle(room.ref.sessionId);
      });
    this.unloading.set(key, done);
    return done.then(() => deleted);
  }

  /**
   * Unloads every room of a session without storing anything more (the session is being deleted):
   * their sockets are closed with `closeCode`, pending appends and unloads are waited for, rooms
   * still loading are unloaded once loaded. Resolves when nothing of the session is held or being
   * written, so that a deletion after it is the last write. A connection that arrives later loads
   * a fresh room, which the caller's deletion then finds.
   */
  async discardSession(sessionId: string, closeCode: number, reason: string): Promise<void> {
    const ofSession = (key: string) => key.startsWith(`${sessionId}/`);
    const loading = [...this.rooms.entries()].filter(([key]) => ofSession(key));
    const rooms = await Promise.allSettled(loading.map(([, pending]) => pending));
    const discarded = rooms.flatMap((settled, i) => {
      const key = (loading[i] as [string, Promise<Room>])[0];
      if (settled.status !== "fulfilled") return [];
      const room = settled.value;
      this.cancelUnload(key);
      if (this.loaded.get(key) === room) {
        this.loaded.delete(key);
        this.rooms.delete(key);
      }
      return [room.destroy(closeCode, { reason, keep: false })];
    });
    const unloading = [...this.unloading.entries()].filter(([key]) => ofSession(key));
    await Promise.all([...discarded, ...unloading.map(([, done]) => done)]);
  }

  /** Unloads every room (closing its sockets with 1001) and waits for storage to be up to date. */
  async close(): Promise<void> {
    this.closed = true;
    // Rooms still loading would otherwise appear after we looked.
    await Promise.allSettled([...this.rooms.values()]);
    await Promise.all([...this.loaded.entries()].map(([key, room]) => this.unload(key, room)));
    await Promise.all([...this.unloading.values()]);
  }
}
