import { HIDDEN_AREAS_KEY, HiddenAreaSchema, liesInHiddenArea } from "@wijkbord/shared";
import type * as Y from "yjs";

/**
 * A test for records the board would refuse now: lying on one of its hidden areas (a hidden
 * worksheet or zone), judged as `boardChangeRefusal` judges. The areas are read once.
 */
export function lyingOnHiddenAreas(board: Y.Doc): (record: unknown) => boolean {
  const areas = [...board.getMap<unknown>(HIDDEN_AREAS_KEY).values()].flatMap(
    (a) => HiddenAreaSchema.safeParse(a).data ?? [],
  );
  return (record) => areas.length > 0 && liesInHiddenArea(record, areas);
}
