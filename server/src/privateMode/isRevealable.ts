/**
 * Whether a private document's entry may travel to the board: a tldraw note shape keyed by its own
 * (shape) id. A private document is written by a client, so anything may be in it; the app puts
 * only new notes there (everything else a participant makes goes to the board at once), so a
 * reveal moves notes and nothing else: no worksheet background, page, binding or asset reaches
 * the board, or the control document's `lockedRecords`, through it.
 */
export function isRevealable(key: string, val: unknown): val is Record<string, unknown> {
  if (typeof val !== "object" || val === null) return false;
  const r = val as Record<string, unknown>;
  return r.id === key && key.startsWith("shape:") && r.typeName === "shape" && r.type === "note";
}
