import { SYNCED_RECORD_TYPES } from "@wijkbord/shared";

/** The custom shape type of a worksheet background. Derived locally, never synced. */
export const WORKSHEET_SHAPE_TYPE = "worksheet";

/** The one page every browser uses; shapes are synced, pages are not, so the id must match. */
export const BOARD_PAGE_ID = "page:page";

interface AnyRecord {
  id: string;
  typeName: string;
  type?: unknown;
}

const synced = new Set<string>(SYNCED_RECORD_TYPES);

/**
 * Whether a tldraw record travels through the board document: shapes, bindings and assets do,
 * except worksheet shapes (derived from the control document on every client). Pages, cameras,
 * instance state, presence and users stay in the browser.
 */
export function isSyncedRecord(record: AnyRecord): boolean {
  if (!synced.has(record.typeName)) return false;
  if (record.typeName === "shape" && record.type === WORKSHEET_SHAPE_TYPE) return false;
  return true;
}

/** Whether a record id names a synced record type (for deletions, where only the id is known). */
export function isSyncedRecordId(id: string): boolean {
  const typeName = id.slice(0, id.indexOf(":"));
  return synced.has(typeName);
}
