import { ParticipantSchema, type Role } from "@wijkbord/shared";
import type { PresentPerson } from "../sync/bindPresence.ts";

export interface RosterEntry {
  id: string;
  name: string;
  color: string;
  /** From presence; null for someone who joined earlier and is not connected now. */
  role: Role | null;
  online: boolean;
  handUp: boolean;
}

/**
 * The facilitator's list: everyone who ever joined (the board's `participants` map) plus whoever is
 * connected now (viewers are only in presence), with online status. Raised hands first, then who is
 * online, then by name. Entries of the map that do not parse are skipped.
 */
export function rosterOf(
  participants: Record<string, unknown>,
  people: readonly PresentPerson[],
): RosterEntry[] {
  const byId = new Map<string, RosterEntry>();
  for (const [id, value] of Object.entries(participants)) {
    const parsed = ParticipantSchema.safeParse(value);
    if (parsed.success) {
      const { name, color } = parsed.data;
      byId.set(id, { id, name, color, role: null, online: false, handUp: false });
    }
  }
  for (const p of people) {
    byId.set(p.id, { id: p.id, name: p.name, color: p.color, role: p.role, online: true, handUp: p.handUp });
  }
  return [...byId.values()].sort(
    (a, b) =>
      Number(b.handUp) - Number(a.handUp) ||
      Number(b.online) - Number(a.online) ||
      a.name.localeCompare(b.name) ||
      a.id.localeCompare(b.id),
  );
}
