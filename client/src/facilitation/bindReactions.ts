import { type Presence, type ReactionKind, TIMINGS } from "@wijkbord/shared";
import { atom, type Signal } from "tldraw";
import type { Awareness } from "y-protocols/awareness";
import { parsePresenceStates, reparsePresence } from "../sync/bindPresence.ts";

/** A reaction on screen. */
export interface ShownReaction {
  key: string;
  kind: ReactionKind;
  name: string;
  color: string;
  isSelf: boolean;
  /** The sender's cursor when they reacted (page coordinates), or null: then it floats in a corner. */
  cursor: { x: number; y: number } | null;
}

/**
 * The reactions that are new since the last call: a client id already seen whose reaction id
 * changed. A client seen for the first time only gets remembered, so arriving in a room does not
 * replay reactions sent before. Updates `seen` in place (client id → last reaction id).
 */
export function newReactions(
  seen: Map<number, string | null>,
  states: Map<number, Presence>,
): { clientId: number; presence: Presence }[] {
  const fresh: { clientId: number; presence: Presence }[] = [];
  for (const [clientId, presence] of states) {
    const id = presence.reaction?.id ?? null;
    if (seen.has(clientId) && id !== null && seen.get(clientId) !== id) fresh.push({ clientId, presence });
    seen.set(clientId, id);
  }
  for (const clientId of [...seen.keys()]) if (!states.has(clientId)) seen.delete(clientId);
  return fresh;
}

/** Reactions from awareness (everyone's, one's own included), each shown `TIMINGS.reactionShowMs`. */
export function bindReactions(awareness: Awareness): { shown: Signal<ShownReaction[]>; dispose(): void } {
  const shown = atom<ShownReaction[]>("wijkbord.reactions", []);
  const seen = new Map<number, string | null>();
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const states = parsePresenceStates(awareness.getStates() as Map<number, unknown>);
  newReactions(seen, states);

  const onChange = ({
    added,
    updated,
    removed,
  }: {
    added: number[];
    updated: number[];
    removed: number[];
  }) => {
    reparsePresence(states, awareness.getStates() as Map<number, unknown>, [
      ...added,
      ...updated,
      ...removed,
    ]);
    for (const { clientId, presence } of newReactions(seen, states)) {
      const key = `${clientId}:${presence.reaction?.id}`;
      const reaction: ShownReaction = {
        key,
        kind: presence.reaction?.kind ?? "thumbsUp",
        name: presence.user.name,
        color: presence.user.color,
        isSelf: clientId === awareness.clientID,
        cursor: presence.cursor ?? null,
      };
      shown.update((list) => [...list, reaction]);
      const timer = setTimeout(() => {
        timers.delete(timer);
        shown.update((list) => list.filter((r) => r.key !== key));
      }, TIMINGS.reactionShowMs);
      timers.add(timer);
    }
  };
  awareness.on("change", onChange);
  return {
    shown,
    dispose() {
      awareness.off("change", onChange);
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
    },
  };
}
