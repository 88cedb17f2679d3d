import { BOARD, ParticipantSchema } from "@wijkbord/shared";
import { useCallback, useRef, useSyncExternalStore } from "react";
import type * as Y from "yjs";

/** The board's `participants` map as id → display name, live. */
export function useParticipantNames(board: Y.Doc): ReadonlyMap<string, string> {
  const cache = useRef<{ key: string; names: Map<string, string> } | null>(null);
  const map = board.getMap<unknown>(BOARD.participants);
  const subscribe = useCallback(
    (onChange: () => void) => {
      map.observe(onChange);
      return () => map.unobserve(onChange);
    },
    [map],
  );
  const read = () => {
    const names = new Map<string, string>();
    for (const [id, value] of map.entries()) {
      const parsed = ParticipantSchema.safeParse(value);
      if (parsed.success) names.set(id, parsed.data.name);
    }
    // A stable snapshot for useSyncExternalStore: the same object until something changed.
    const key = JSON.stringify([...names]);
    if (cache.current?.key !== key) cache.current = { key, names };
    return cache.current.names;
  };
  return useSyncExternalStore(subscribe, read, read);
}
