import type { Role } from "@wijkbord/shared";

/**
 * Who may change a worksheet's status widgets: facilitators always (they locked it, and may still
 * correct a status); nobody else while the facilitator has locked the worksheet (the reason shown,
 * to viewers too); viewers never.
 */
export type WidgetAccess = "edit" | "viewer" | "locked";

export function widgetAccess(role: Role, areaLocked: boolean): WidgetAccess {
  if (role === "facilitator") return "edit";
  if (areaLocked) return "locked";
  return role === "viewer" ? "viewer" : "edit";
}
