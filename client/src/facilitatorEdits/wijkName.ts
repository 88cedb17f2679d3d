import { CONTROL, LIMITS } from "@wijkbord/shared";
import type * as Y from "yjs";

export type WijkNameResult = { ok: true; wijk: string } | { ok: false; reason: "empty" | "tooLong" };

/** A typed wijk name, trimmed, checked like the session creation's (1 to `LIMITS.maxWijkLength`). */
export function parseWijkName(input: string): WijkNameResult {
  const wijk = input.trim();
  if (!wijk) return { ok: false, reason: "empty" };
  if (wijk.length > LIMITS.maxWijkLength) return { ok: false, reason: "tooLong" };
  return { ok: true, wijk };
}

/** The control document's `session.wijk` if it is a name, else `fallback` (the session info's). */
export function liveWijk(stored: unknown, fallback: string): string {
  return typeof stored === "string" && stored.trim() ? stored : fallback;
}

/** Sets the running session's wijk name (facilitators only: the server drops anyone else's write). */
export function setWijkName(control: Y.Doc, input: string): WijkNameResult {
  const parsed = parseWijkName(input);
  if (!parsed.ok) return parsed;
  const session = control.getMap<unknown>(CONTROL.session);
  if (session.get("wijk") !== parsed.wijk) session.set("wijk", parsed.wijk);
  return parsed;
}
