import { type Presence, PresenceSchema, type Role, TIMINGS } from "@wijkbord/shared";
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
import { BOARD_PAGE_ID } from "./recordRouting.ts";
import { throttle } from "./throttle.ts";

export interface PresenceUser {
  id: string;
  name: string;
  color: string;
  role: Role;
}

/** One entry of the presence list. */
export interface PresentPerson extends PresenceUser {
  isSelf: boolean;
}

export interface PresenceBinding {
  /** Everyone connected to the board, oneself first, one entry per participant id. */
  readonly people: Signal<PresentPerson[]>;
  /** Publishes the cursor (page coordinates, or null off the canvas), at most every `cursorThrottleMs`. */
  setCursor(point: { x: number; y: number } | null): void;
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

/** The presence list: oneself first, then the others by name, each participant id once. */
export function presentPeople(states: Map<number, Presence>, self: PresenceUser): PresentPerson[] {
  const byId = new Map<string, PresentPerson>([[self.id, { ...self, isSelf: true }]]);
  for (const { user } of states.values()) {
    if (!byId.has(user.id)) byId.set(user.id, { ...user, isSelf: false });
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
  return InstancePresenceRecordType.create({
    id: InstancePresenceRecordType.createId(String(clientId)),
    userId: createUserId(presence.user.id),
    userName: presence.user.name,
    color: presence.user.color,
    currentPageId: BOARD_PAGE_ID as TLPageId,
    cursor: cursor ? { x: cursor.x, y: cursor.y, type: "default", rotation: 0 } : null,
    lastActivityTimestamp: lastActivity,
  });
}

/**
 * Presence over the board connection's awareness: publishes `{ user, cursor }` (PresenceSchema)
 * and mirrors every peer's state into the store as an `instance_presence` record, which tldraw
 * draws as a cursor with a name. Presence records are local to each browser (never synced).
 */
export function bindPresence(awareness: Awareness, store: TLStore, self: PresenceUser): PresenceBinding {
  const people = atom<PresentPerson[]>("wijkbord.people", [{ ...self, isSelf: true }], {
    // Cursor moves change awareness many times a second; the list only when someone comes or goes.
    isEqual: (a, b) => JSON.stringify(a) === JSON.stringify(b),
  });
  const lastActivity = new Map<number, number>();
  /** Ids of the presence records this binding put into the store. */
  const shown = new Set<TLInstancePresence["id"]>();
  const own: Presence = { user: { ...self }, cursor: null };
  awareness.setLocalState(own);

  const refresh = (changed: number[]) => {
    const now = Date.now();
    for (const id of changed) lastActivity.set(id, now);
    const states = parsePresenceStates(awareness.getStates() as Map<number, unknown>);
    people.set(presentPeople(states, self));

    const wanted = new Map<string, TLInstancePresence>();
    for (const [clientId, presence] of states) {
      if (clientId === awareness.clientID || presence.user.id === self.id) continue;
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
    refresh([...added, ...updated].filter((id) => id !== awareness.clientID));
  };
  awareness.on("change", onChange);
  refresh([]);

  const publishCursor = throttle((point: { x: number; y: number } | null) => {
    awareness.setLocalStateField("cursor", point ? { x: Math.round(point.x), y: Math.round(point.y) } : null);
  }, TIMINGS.cursorThrottleMs);

  return {
    people,
    setCursor: publishCursor,
    dispose() {
      publishCursor.cancel();
      awareness.off("change", onChange);
      const records = [...shown].filter((id) => store.has(id));
      shown.clear();
      if (records.length) store.mergeRemoteChanges(() => store.remove(records));
    },
  };
}
