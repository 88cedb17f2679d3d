import {
  Awareness,
  applyAwarenessUpdate,
  encodeAwarenessUpdate,
  removeAwarenessStates,
} from "y-protocols/awareness";
import type * as Y from "yjs";
import { encodeAwareness } from "./encodeFrame.ts";
import type { RoomConnection } from "./RoomConnection.ts";

/**
 * A room's presence (y-protocols awareness): which client ids each connection published, so they
 * vanish when it leaves, and a coalesced relay. Presence is the heaviest traffic in a big session,
 * so the first change of an I/O turn goes out at once (no added latency when traffic is light) and
 * everything else that changed within that turn as a single frame per client at its end, instead of
 * one frame per inbound message.
 */
export class PresenceRelay {
  readonly awareness: Awareness;
  private readonly owned = new Map<RoomConnection, Set<number>>();
  private readonly dirty = new Set<number>();
  /** A turn's first change went out; later ones of the turn wait for `flush`. */
  private flushScheduled = false;
  private destroyed = false;

  constructor(doc: Y.Doc) {
    this.awareness = new Awareness(doc);
    // The server is not a participant: it must not publish a presence of its own.
    this.awareness.setLocalState(null);
    this.awareness.on("update", this.onUpdate);
  }

  /** Registers `conn` and sends it everyone's current presence. */
  join(conn: RoomConnection): void {
    this.owned.set(conn, new Set());
    const ids = [...this.awareness.getStates().keys()];
    if (ids.length > 0) conn.send(this.frameFor(ids));
  }

  /** Removes `conn` and the presence it published (relayed to the others as a removal). */
  leave(conn: RoomConnection): void {
    const ids = this.owned.get(conn);
    this.owned.delete(conn);
    if (ids && ids.size > 0) removeAwarenessStates(this.awareness, [...ids], null);
  }

  /** Applies an awareness update from `conn`; throws when it cannot be decoded. */
  apply(conn: RoomConnection, update: Uint8Array): void {
    applyAwarenessUpdate(this.awareness, update, conn);
  }

  /** Every current state, for a query-awareness answer. */
  allStates(): Uint8Array {
    return this.frameFor([...this.awareness.getStates().keys()]);
  }

  destroy(): void {
    this.destroyed = true;
    this.owned.clear();
    this.awareness.destroy();
  }

  private frameFor(ids: number[]): Uint8Array {
    return encodeAwareness(encodeAwarenessUpdate(this.awareness, ids));
  }

  private readonly onUpdate = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    const ids = this.owned.get(origin as RoomConnection);
    if (ids) {
      for (const id of added) ids.add(id);
      for (const id of updated) ids.add(id);
      for (const id of removed) ids.delete(id);
    }
    for (const id of [...added, ...updated, ...removed]) this.dirty.add(id);
    if (!this.flushScheduled) {
      this.flushScheduled = true;
      this.send();
      setImmediate(this.flush);
    }
  };

  private readonly flush = (): void => {
    this.flushScheduled = false;
    this.send();
  };

  private send(): void {
    // Ids whose meta vanished (awareness destroyed meanwhile) cannot be encoded.
    const ids = [...this.dirty].filter((id) => this.awareness.meta.has(id));
    this.dirty.clear();
    if (this.destroyed || ids.length === 0 || this.owned.size === 0) return;
    // Sent to the originating client too: y-websocket clients treat silence as a dead connection.
    const frame = this.frameFor(ids);
    for (const conn of this.owned.keys()) conn.send(frame);
  }
}
