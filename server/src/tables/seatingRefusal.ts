import {
  MemberIdSchema,
  PARTICIPANTS_PICK,
  SEATING_KEY,
  TABLE_SETTINGS_KEY,
  TableIdSchema,
} from "@wijkbord/shared";
import * as Y from "yjs";
import { touchesRootType } from "../hiding/touchesRootType.ts";
import type { RoomConnection } from "../sync/RoomConnection.ts";

const ROOTS = [SEATING_KEY, TABLE_SETTINGS_KEY] as const;

/**
 * Why a client's board update must be refused for what it does to the seats, or null. Facilitators
 * seat anyone and set whether participants pick (`tableSettings`); a participant changes only her
 * own seat (the id her credential registered, `conn.memberId`), and only while the facilitator lets
 * participants pick. A seat is a table number. Participant ids are public (the board's
 * `participants`), so the key alone proves nothing: without this a raw client could move anyone.
 * An update that leaves both maps alone is only decoded; one that touches them is tried on a copy.
 */
export function seatingRefusal(
  doc: Y.Doc,
  update: Uint8Array,
  conn: Pick<RoomConnection, "role" | "memberId">,
): string | null {
  if (!touchesRootType(doc, update, ROOTS) && !deletesEntryOf(doc, update)) return null;
  const facilitator = conn.role === "facilitator";
  const pick = doc.getMap<unknown>(TABLE_SETTINGS_KEY).get(PARTICIPANTS_PICK) === true;
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  const problems: string[] = [];
  const settings = copy.getMap<unknown>(TABLE_SETTINGS_KEY);
  settings.observe((event) => {
    if (!facilitator) problems.push("only a facilitator sets whether participants pick a table");
    for (const key of event.keysChanged) {
      const value = settings.get(key);
      if (key !== PARTICIPANTS_PICK || (value !== undefined && typeof value !== "boolean"))
        problems.push(`tableSettings holds only ${PARTICIPANTS_PICK}: true or false`);
    }
  });
  const seating = copy.getMap<unknown>(SEATING_KEY);
  seating.observe((event) => {
    for (const key of event.keysChanged) {
      const value = seating.get(key);
      if (!MemberIdSchema.safeParse(key).success) problems.push("a seat's key is a participant id");
      if (value !== undefined && !TableIdSchema.safeParse(value).success)
        problems.push("a seat is a table number");
      if (facilitator) continue;
      if (key !== conn.memberId) problems.push("a participant may only change her own seat");
      else if (!pick) problems.push("the facilitator does not let participants pick a table now");
    }
  });
  Y.applyUpdate(copy, update);
  copy.destroy();
  return problems.length > 0 ? [...new Set(problems)].join("; ") : null;
}

/**
 * Whether the update's deletions remove a current entry of the seats or their settings (a
 * `delete(key)` is a deletion alone, with no new item to find by its parent).
 */
function deletesEntryOf(doc: Y.Doc, update: Uint8Array): boolean {
  const { ds } = Y.decodeUpdate(update);
  if (ds.clients.size === 0) return false;
  return ROOTS.some((name) =>
    [...doc.getMap<unknown>(name)._map.values()].some((item) =>
      (ds.clients.get(item.id.client) ?? []).some(
        (d) => d.clock <= item.id.clock && item.id.clock < d.clock + d.len,
      ),
    ),
  );
}
