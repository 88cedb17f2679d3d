import type { Summons, WorksheetPlacement } from "@wijkbord/shared";
import type { Editor } from "tldraw";
import { showSummons } from "../facilitation/followSummons.ts";
import { showWorksheet } from "./showWorksheet.ts";
import { worksheetBounds } from "./worksheetBounds.ts";

/**
 * Where the board opens: where the last summons took the group (a late joiner lands with the
 * others), else on the first worksheet. Returns that summons, if the board opened there.
 */
export function landOnBoard(
  editor: Editor,
  { placements, summons }: { placements: readonly WorksheetPlacement[]; summons: Summons | null },
): Summons | null {
  if (summons) {
    showSummons(editor, summons, { immediate: true });
    return summons;
  }
  const first = placements[0];
  const bounds = first && worksheetBounds(first);
  if (bounds) showWorksheet(editor, bounds, { immediate: true });
  return null;
}
