import { SYNCED_RECORD_TYPES } from "@wijkbord/shared";

const synced = new Set<string>(SYNCED_RECORD_TYPES);

/**
 * Whether a private document's entry may travel to the board: a tldraw record of a synced type,
 * keyed by its own id (a private document is written by a client, so anything may be in it).
 */
export function isRevealable(key: string, val: unknown): val is Record<string, unknown> {
  if (typeof val !== "object" || val === null) return false;
  const r = val as Record<string, unknown>;
  return r.id === key && typeof r.typeName === "string" && synced.has(r.typeName) && r.type !== "worksheet";
}
