/** The fields of a tldraw record these rules read (a stored record is not trusted to have them). */
interface LandingRecord {
  typeName?: unknown;
  isLocked?: unknown;
  meta?: unknown;
}

const worksheetOf = (record: LandingRecord): unknown =>
  typeof record.meta === "object" && record.meta !== null
    ? (record.meta as Record<string, unknown>).worksheet
    : undefined;

/**
 * Whether a record lies on a worksheet the facilitator locked: a shape whose `meta.worksheet` (what
 * the app keeps up to date, and what "werkblad vergrendelen" goes by) names a worksheet that
 * `lockedAreas` holds `true` for. The server's reveal of private notes and the facilitator's browser
 * both go by it, so a note lands locked whichever way it arrives.
 */
export function landsLocked(
  record: LandingRecord,
  lockedAreas: { get(instanceId: string): unknown },
): boolean {
  if (record.typeName !== "shape") return false;
  const worksheet = worksheetOf(record);
  return typeof worksheet === "string" && lockedAreas.get(worksheet) === true;
}

/**
 * Whether a change makes `next` come to lie on a locked worksheet and so must lock it: new
 * (`prev` null) or moved there from another worksheet, and not locked yet. A shape that stays on
 * its worksheet is left alone: the facilitator may have unlocked it there on purpose.
 */
export function arrivesLocked(
  prev: LandingRecord | null,
  next: LandingRecord,
  lockedAreas: { get(instanceId: string): unknown },
): boolean {
  if (next.isLocked || !landsLocked(next, lockedAreas)) return false;
  return prev === null || worksheetOf(prev) !== worksheetOf(next);
}
