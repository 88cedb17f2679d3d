import type { Summons } from "@wijkbord/shared";
import { type Editor, react, type Signal, unsafe__withoutCapture } from "tldraw";
import { showView } from "../camera/showView.ts";
import { showWorksheet } from "../camera/showWorksheet.ts";

/** Whether a summons should move this browser's camera: a new one, sent by someone else. */
export function isNewSummons(summons: Summons | null, lastSeenId: string | null, selfId: string): boolean {
  return summons !== null && summons.id !== lastSeenId && summons.by !== selfId;
}

/**
 * Shows what a summons points at as this screen frames it: a worksheet ("Iedereen hierheen") the
 * way the agenda does, the facilitator's view ("Iedereen naar mij") as far as it is legible here.
 */
export function showSummons(editor: Editor, summons: Summons, opts: { immediate?: boolean } = {}): void {
  if (summons.worksheet !== null) showWorksheet(editor, summons.bounds, opts);
  else showView(editor, summons.bounds, opts);
}

/**
 * Moves the camera to each new summons and tells `onFollowed`. The summons already in the document
 * when the editor attaches is old (the room was summoned before this browser came): it is only
 * remembered here (`landOnBoard` opens the board there).
 */
export function followSummons(
  editor: Editor,
  summons: Signal<Summons | null>,
  selfId: string,
  onFollowed: (summons: Summons) => void = () => {},
): () => void {
  let lastSeenId = summons.get()?.id ?? null;
  return react("wijkbord.followSummons", () => {
    const current = summons.get();
    if (!isNewSummons(current, lastSeenId, selfId) || !current) return;
    lastSeenId = current.id;
    // Only the summons drives this reaction, not the camera it moves.
    unsafe__withoutCapture(() => {
      showSummons(editor, current);
      onFollowed(current);
    });
  });
}
