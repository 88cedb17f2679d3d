import type { Role } from "@wijkbord/shared";

/**
 * Who may change what lies on a worksheet (its widgets, fields, cards): facilitators always (they
 * locked it, and may still correct a status); nobody else while the facilitator has locked the
 * worksheet (the reason shown, to viewers too); viewers never.
 */
export type AreaAccess = "edit" | "viewer" | "locked";

export function areaAccess(role: Role, areaLocked: boolean): AreaAccess {
  if (role === "facilitator") return "edit";
  if (areaLocked) return "locked";
  return role === "viewer" ? "viewer" : "edit";
}
