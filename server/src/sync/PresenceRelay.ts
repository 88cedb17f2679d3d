import {
  Awareness,
  applyAwarenessUpdate,
  encodeAwarenessUpdate,
  removeAwarenessStates,
} from "y-protocols/awareness";
import type * as Y from "yjs";
import { awarenessUpdateOf } from "./awarenessUpdateOf.ts";
import { encodeAwareness } from "./encodeFrame.ts";
import type { RoomConnection } from "./RoomConnection.ts";
import { type AwarenessEntry, readAwarenessEntries } from "./readAwarenessEntries.ts";

/** An inbound awareness update sorted out by `screen`, for `apply`. */
export interface ScreenedPresence {
  /** The client id the connection takes as its own with this update, if it has none yet. */
  readonly claim: number | null;
  /** The entries for the connection's own client id, as an update; null when there are none. */
  readonly own: Uint8Array | null;
  /** Nothing of its own and nothing the server lacks: what a client sends back of what it heard. */
  readonly repeat: boolean;
  /** A newer state for a client id the connection does not own: someone posing as someone else. */
  readonly forged: boolean;
}

/**
 * A room's presence (y-protocols awareness): which client id each connection owns, so that a
 * connection changes only its own presence and its presence vanishes when it leaves, and a
 * coalesced relay. Presence is the heaviest traffic in a big session, so the first change of an
 * I/O turn goes out at once (no added latency when traffic is light) and everything else that
 * changed within that turn as a single frame per client at its end, instead of one frame per
 * inbound message.
 *
 * Ownership: a connection owns the first client id it publishes a new state for that no other open
 * connection of the room owns (`isClaimable`), and only that one, until it closes. Everything it sends for another
 * id is dropped: otherwise anyone could show a made-up name or cursor for someone else (a higher
 * clock wins in y-protocols). An id is free again when its connection closes, so a client that
 * reconnects gets its id back.
 */
export class PresenceRelay {
  readonly awareness: Awareness;
  /** Joined connections and the client id each owns (null until it published a state). */
  private readonly idOf = new Map<RoomConnection, number | null>();
  private readonly ownerOf = new Map<number, RoomConnection>();
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
    this.idOf.set(conn, null);
    const ids = [...this.awareness.getStates().keys()];
    if (ids.length > 0) conn.send(this.frameFor(ids));
  }

  /** Removes `conn` and the presence it published (relayed to the others as a removal). */
  leave(conn: RoomConnection): void {
    const id = this.idOf.get(conn);
    this.idOf.delete(conn);
    if (id === null || id === undefined) return;
    this.ownerOf.delete(id);
    removeAwarenessStates(this.awareness, [id], null);
  }

  /**
   * Sorts an awareness update from `conn` out without applying anything; throws when it cannot be
   * decoded. Separate from `apply` so that the connection's rate limit can be asked in between.
   */
  screen(conn: RoomConnection, update: Uint8Array): ScreenedPresence {
    const entries = readAwarenessEntries(update);
    const owned = this.idOf.get(conn);
    const claim = owned === null ? (entries.find(this.isClaimable)?.clientId ?? null) : null;
    const id = claim ?? owned;
    const own = entries.filter((e) => e.clientId === id);
    const news = entries.filter((e) => e.clientId !== id && this.isNews(e));
    return {
      claim,
      own: own.length === 0 ? null : own.length === entries.length ? update : awarenessUpdateOf(update, own),
      repeat: own.length === 0 && news.length === 0,
      // Removals are routine: a client's awareness drops a peer it has not heard from in 30 s.
      forged: news.some((e) => !e.removal),
    };
  }

  /** Applies what `screen` found to be `conn`'s own (and takes its client id when it had none). */
  apply(conn: RoomConnection, screened: ScreenedPresence): void {
    if (!this.idOf.has(conn)) return;
    if (screened.claim !== null && this.idOf.get(conn) === null && !this.ownerOf.has(screened.claim)) {
      this.idOf.set(conn, screened.claim);
      this.ownerOf.set(screened.claim, conn);
    }
    if (screened.own) applyAwarenessUpdate(this.awareness, screened.own, conn);
  }

  /** Whether y-protocols would apply `entry`: a newer clock, or a removal of a present state. */
  private isNews(entry: AwarenessEntry): boolean {
    const clock = this.awareness.meta.get(entry.clientId)?.clock ?? 0;
    return (
      clock < entry.clock ||
      (clock === entry.clock && entry.removal && this.awareness.states.has(entry.clientId))
    );
  }

  /**
   * A state for a client id nobody owns, and new: an id never seen, or a higher clock than the last
   * state of a client whose socket closed (its reconnect). Not a repeat of that last state: a client
   * that sends back what it heard, and has published nothing of its own yet, would otherwise take
   * the id of a client that just left, and hide that client when it comes back.
   */
  private readonly isClaimable = (entry: AwarenessEntry): boolean => {
    if (entry.removal || this.ownerOf.has(entry.clientId) || entry.clientId === this.awareness.clientID)
      return false;
    const meta = this.awareness.meta.get(entry.clientId);
    return meta === undefined || meta.clock < entry.clock;
  };

  /** Every current state, for a query-awareness answer. */
  allStates(): Uint8Array {
    return this.frameFor([...this.awareness.getStates().keys()]);
  }

  destroy(): void {
    this.destroyed = true;
    this.idOf.clear();
    this.ownerOf.clear();
    this.awareness.destroy();
  }

  private frameFor(ids: number[]): Uint8Array {
    return encodeAwareness(encodeAwarenessUpdate(this.awareness, ids));
  }

  private readonly onUpdate = ({
    added,
    updated,
    removed,
  }: {
    added: number[];
    updated: number[];
    removed: number[];
  }): void => {
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
    if (this.destroyed || ids.length === 0 || this.idOf.size === 0) return;
    // Sent to the originating client too: y-websocket clients treat silence as a dead connection.
    const frame = this.frameFor(ids);
    for (const conn of this.idOf.keys()) conn.send(frame);
  }
}
