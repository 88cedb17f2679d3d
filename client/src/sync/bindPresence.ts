import {
  type PageBounds,
  type Presence,
  PresenceSchema,
  type ReactionKind,
  type Role,
  TIMINGS,
} from "@wijkbord/shared";
import {
  atom,
  createUserId,
  InstancePresenceRecordType,
  type Signal,
  type TLInstancePresence,
  type TLPageId,
  type TLStore,
} from "tldraw";
import type { Awareness } from "y-protocols/awareness";
import { onNextFrame } from "./onNextFrame.ts";
import { BOARD_PAGE_ID } from "./recordRouting.ts";
import { throttle } from "./throttle.ts";

export interface PresenceUser {
  id: string;
  name: string;
  color: string;
  role: Role;
}

/** A peer whose laser pointer is on, where their pointer is now (page coordinates). */
export interface LaserPoint {
  key: number;
  color: string;
  x: number;
  y: number;
}

/** One entry of the presence list. */
export interface PresentPerson extends PresenceUser {
  isSelf: boolean;
  /** "Hand opgestoken" (on any of their connections). */
  handUp: boolean;
}

export interface PresenceBinding {
  /** Everyone connected to the board, oneself first, one entry per participant id. */
  readonly people: Signal<PresentPerson[]>;
  /** Publishes the cursor (page coordinates, or null off the canvas), at most every `cursorThrottleMs`. */
  setCursor(point: { x: number; y: number } | null): void;
  /** Publishes the viewport (page coordinates) so others can follow, at most every `viewportThrottleMs`. */
  setViewport(bounds: PageBounds | null): void;
  setHandUp(up: boolean): void;
  sendReaction(kind: ReactionKind): void;
  /** Changes this person's colour for everyone (their cursor, name tag and place in every list). */
  setColor(color: string): void;
  /** The laser pointer: while on, others draw this person's pointer as a bright dot with a trail. */
  setLaser(on: boolean): void;
  readonly laser: Signal<boolean>;
  /** Others whose laser is on and whose pointer is on the canvas. */
  readonly lasers: Signal<LaserPoint[]>;
  /** True: show only facilitators' cursors (the facilitator's "cursors verbergen", for participants). */
  setOnlyFacilitatorCursors(only: boolean): void;
  dispose(): void;
}

/** The awareness states that parse as Wijkbord presence, by Yjs client id. */
export function parsePresenceStates(states: Map<number, unknown>): Map<number, Presence> {
  const parsed = new Map<number, Presence>();
  for (const [clientId, state] of states) {
    const result = PresenceSchema.safeParse(state);
    if (result.success) parsed.set(clientId, result.data);
  }
  return parsed;
}

/**
 * Brings `parsed` (client id → presence, as `parsePresenceStates` answers) up to date for the
 * clients `ids` only: with thirty cursors moving, re-parsing everyone at every message adds up.
 */
export function reparsePresence(
  parsed: Map<number, Presence>,
  states: Map<number, unknown>,
  ids: Iterable<number>,
): void {
  for (const id of ids) {
    const result = states.has(id) ? PresenceSchema.safeParse(states.get(id)) : null;
    if (result?.success) parsed.set(id, result.data);
    else parsed.delete(id);
  }
}

/** The presence list: oneself first, then the others by name, each participant id once. */
export function presentPeople(states: Map<number, Presence>, self: PresenceUser): PresentPerson[] {
  const byId = new Map<string, PresentPerson>([[self.id, { ...self, isSelf: true, handUp: false }]]);
  for (const { user, handUp } of states.values()) {
    const known = byId.get(user.id);
    if (!known) byId.set(user.id, { ...user, isSelf: false, handUp: handUp === true });
    else if (handUp) known.handUp = true;
  }
  const [me, ...others] = byId.values();
  others.sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  return me ? [me, ...others] : others;
}

/** A peer's awareness state as the tldraw record that draws their cursor and name. */
export function presenceRecord(
  clientId: number,
  presence: Presence,
  lastActivity: number,
): TLInstancePresence {
  const cursor = presence.cursor ?? null;
  const viewport = presence.viewport ?? null;
  return InstancePresenceRecordType.create({
    id: InstancePresenceRecordType.createId(String(clientId)),
    userId: createUserId(presence.user.id),
    userName: presence.user.name,
    color: presence.user.color,
    currentPageId: BOARD_PAGE_ID as TLPageId,
    cursor: cursor ? { x: cursor.x, y: cursor.y, type: "default", rotation: 0 } : null,
    // What editor.startFollowingUser needs: their viewport is (−camera.x, −camera.y, w/z, h/z), so
    // a camera at zoom 1 with "screen" bounds of the page-space size describes it exactly.
    camera: viewport ? { x: -viewport.x, y: -viewport.y, z: 1 } : null,
    screenBounds: viewport ? { x: 0, y: 0, w: viewport.w, h: viewport.h } : null,
    lastActivityTimestamp: lastActivity,
  });
}

/**
 * Presence over the board connection's awareness: publishes `{ user, cursor, viewport, handUp,
 * reaction }` (PresenceSchema) and mirrors every peer's state into the store as an `instance_presence` record, which tldraw
 * draws as a cursor with a name. Presence records are local to each browser (never synced).
 */
export function bindPresence(
  awareness: Awareness,
  store: TLStore,
  initialSelf: PresenceUser,
): PresenceBinding {
  let self = initialSelf;
  const people = atom<PresentPerson[]>("wijkbord.people", [{ ...self, isSelf: true, handUp: false }], {
    // Cursor moves change awareness many times a second; the list only when someone comes or goes.
    isEqual: (a, b) => JSON.stringify(a) === JSON.stringify(b),
  });
  const lastActivity = new Map<number, number>();
  /** Ids of the presence records this binding put into the store. */
  const shown = new Set<TLInstancePresence["id"]>();
  const own: Presence = { user: { ...self }, cursor: null };
  awareness.setLocalState(own);
  const laser = atom("wijkbord.laser", false);
  const lasers = atom<LaserPoint[]>("wijkbord.lasers", [], {
    isEqual: (a, b) => JSON.stringify(a) === JSON.stringify(b),
  });
  let onlyFacilitators = false;

  /** Parsed presence per client id, kept up to date with what changed (not re-parsed for everyone). */
  const states = new Map<number, Presence>();
  const reparse = (ids: Iterable<number>) =>
    reparsePresence(states, awareness.getStates() as Map<number, unknown>, ids);

  /** Mirrors everyone's cursor into the store as presence records (what tldraw draws). */
  const mirror = () => {
    cancelMirror?.();
    cancelMirror = null;
    const wanted = new Map<string, TLInstancePresence>();
    const now = Date.now();
    for (const [clientId, presence] of states) {
      if (clientId === awareness.clientID || presence.user.id === self.id) continue;
      if (onlyFacilitators && presence.user.role !== "facilitator") continue;
      const record = presenceRecord(clientId, presence, lastActivity.get(clientId) ?? now);
      wanted.set(record.id, record);
    }
    const stale = [...shown].filter((id) => !wanted.has(id));
    const changedRecords = [...wanted.values()].filter((r) => {
      const current = store.get(r.id);
      return !current || JSON.stringify(current) !== JSON.stringify(r);
    });
    if (stale.length === 0 && changedRecords.length === 0) return;
    store.mergeRemoteChanges(() => {
      if (stale.length) store.remove(stale);
      if (changedRecords.length) store.put(changedRecords);
    });
    for (const id of stale) shown.delete(id);
    for (const r of changedRecords) shown.add(r.id);
  };
  let cancelMirror: (() => void) | null = null;

  /**
   * The list and the lasers follow at once; the cursors once per frame: with thirty people moving
   * their pointers, messages arrive many times a frame, and each store write sets tldraw's whole
   * reactive graph going for a picture nobody sees until the frame is drawn.
   */
  const refresh = (changed: number[]) => {
    const now = Date.now();
    for (const id of changed) lastActivity.set(id, now);
    people.set(presentPeople(states, self));
    const pointing: LaserPoint[] = [];
    for (const [clientId, presence] of states) {
      if (clientId === awareness.clientID || presence.user.id === self.id) continue;
      if (presence.laser && presence.cursor)
        pointing.push({
          key: clientId,
          color: presence.user.color,
          x: presence.cursor.x,
          y: presence.cursor.y,
        });
    }
    lasers.set(pointing);
    cancelMirror ??= onNextFrame(mirror);
  };

  const onChange = ({
    added,
    updated,
    removed,
  }: {
    added: number[];
    updated: number[];
    removed: number[];
  }) => {
    for (const id of removed) lastActivity.delete(id);
    reparse([...added, ...updated, ...removed]);
    refresh([...added, ...updated].filter((id) => id !== awareness.clientID));
  };
  awareness.on("change", onChange);
  reparse(awareness.getStates().keys());
  refresh([]);
  mirror();

  const publishCursor = throttle((point: { x: number; y: number } | null) => {
    awareness.setLocalStateField("cursor", point ? { x: Math.round(point.x), y: Math.round(point.y) } : null);
  }, TIMINGS.cursorThrottleMs);

  const publishViewport = throttle((b: PageBounds | null) => {
    const round = (n: number) => Math.round(n * 100) / 100;
    awareness.setLocalStateField(
      "viewport",
      b ? { x: round(b.x), y: round(b.y), w: round(b.w), h: round(b.h) } : null,
    );
  }, TIMINGS.viewportThrottleMs);

  return {
    people,
    setCursor: publishCursor,
    setViewport: publishViewport,
    laser,
    lasers,
    setLaser(on) {
      if (laser.get() === on) return;
      laser.set(on);
      awareness.setLocalStateField("laser", on);
    },
    setOnlyFacilitatorCursors(only) {
      if (only === onlyFacilitators) return;
      onlyFacilitators = only;
      mirror();
    },
    setHandUp(up) {
      awareness.setLocalStateField("handUp", up);
    },
    sendReaction(kind) {
      awareness.setLocalStateField("reaction", { kind, id: Math.random().toString(36).slice(2, 12) });
    },
    setColor(color) {
      if (color === self.color) return;
      self = { ...self, color };
      awareness.setLocalStateField("user", { ...self });
      refresh([]);
      mirror();
    },
    dispose() {
      publishCursor.cancel();
      publishViewport.cancel();
      cancelMirror?.();
      awareness.off("change", onChange);
      const records = [...shown].filter((id) => store.has(id));
      shown.clear();
      if (records.length) store.mergeRemoteChanges(() => store.remove(records));
    },
  };
}
