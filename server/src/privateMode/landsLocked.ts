/**
 * Whether a revealed record belongs in the control document's `lockedRecords` rather than on the
 * board: a shape whose `meta.worksheet` (what the app keeps up to date, and what the facilitator's
 * "lock worksheet" goes by) names a worksheet the facilitator locked (`lockedAreas` true).
 */
export function landsLocked(
  record: Record<string, unknown>,
  lockedAreas: { get(instanceId: string): unknown },
): boolean {
  if (record.typeName !== "shape") return false;
  const meta = record.meta;
  if (typeof meta !== "object" || meta === null) return false;
  const worksheet = (meta as Record<string, unknown>).worksheet;
  return typeof worksheet === "string" && lockedAreas.get(worksheet) === true;
}
