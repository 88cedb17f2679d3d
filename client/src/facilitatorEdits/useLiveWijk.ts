import { CONTROL } from "@wijkbord/shared";
import { useMemo } from "react";
import type * as Y from "yjs";
import { useYMapValue } from "../sync/useYMapValue.ts";
import { liveWijk } from "./wijkName.ts";

/**
 * The session's wijk name, live: the control document's `session.wijk` (the facilitator may change
 * it during the session) wins over `fallback`, the session info read when the page loaded.
 */
export function useLiveWijk(control: Y.Doc, fallback: string): string {
  const session = useMemo(() => control.getMap<unknown>(CONTROL.session), [control]);
  return liveWijk(useYMapValue(session, "wijk"), fallback);
}
