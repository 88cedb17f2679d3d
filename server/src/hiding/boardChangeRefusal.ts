import { BOARD, HIDDEN_AREAS_KEY, HiddenAreaSchema, liesInHiddenArea } from "@wijkbord/shared";
import * as Y from "yjs";
import { touchesRootType } from "./touchesRootType.ts";

const areasOf = (doc: Y.Doc) => doc.getMap<unknown>(HIDDEN_AREAS_KEY);

/**
 * Why a client's update to the board must be refused, or null. Only the server writes
 * `hiddenAreas`; while a worksheet is hidden nobody (facilitators included: what they put there
 * would reach participants) may put a record on its area, by its centre (`liesInHiddenArea`).
 * With no hidden worksheet the update is only decoded to see that it leaves `hiddenAreas` alone,
 * so the board's usual path stays cheap; with one it is tried on a copy.
 */
export function boardChangeRefusal(doc: Y.Doc, update: Uint8Array): string | null {
  if (areasOf(doc).size === 0) {
    return touchesRootType(doc, update, HIDDEN_AREAS_KEY)
      ? "hiddenAreas is written by the server only"
      : null;
  }
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  const areas = [...areasOf(copy).values()].flatMap((a) => HiddenAreaSchema.safeParse(a).data ?? []);
  const problems: string[] = [];
  areasOf(copy).observe(() => problems.push("hiddenAreas is written by the server only"));
  copy.getArray<unknown>(BOARD.records).observe((event) => {
    for (const item of event.changes.added) {
      for (const entry of item.content.getContent()) {
        const val = (entry as { val?: unknown } | null)?.val;
        if (liesInHiddenArea(val, areas)) problems.push("a record on a hidden worksheet");
      }
    }
  });
  Y.applyUpdate(copy, update);
  copy.destroy();
  return problems.length > 0 ? [...new Set(problems)].join("; ") : null;
}
