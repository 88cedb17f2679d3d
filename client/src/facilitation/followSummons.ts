import { type Summons, TIMINGS } from "@wijkbord/shared";
import { type Editor, react, type Signal, unsafe__withoutCapture } from "tldraw";

/** Whether a summons should move this browser's camera: a new one, sent by someone else. */
export function isNewSummons(summons: Summons | null, lastSeenId: string | null, selfId: string): boolean {
  return summons !== null && summons.id !== lastSeenId && summons.by !== selfId;
}

/**
 * Moves the camera to each new summons' bounds. The summons already in the document when the
 * editor attaches is old (the room was summoned before this browser came): it is only remembered.
 */
export function followSummons(editor: Editor, summons: Signal<Summons | null>, selfId: string): () => void {
  let lastSeenId = summons.get()?.id ?? null;
  return react("wijkbord.followSummons", () => {
    const current = summons.get();
    if (!isNewSummons(current, lastSeenId, selfId) || !current) return;
    lastSeenId = current.id;
    // Only the summons drives this reaction, not the camera it moves.
    unsafe__withoutCapture(() => {
      if (editor.getInstanceState().followingUserId) editor.stopFollowingUser();
      editor.zoomToBounds(current.bounds, { inset: 0, animation: { duration: TIMINGS.summonsAnimationMs } });
    });
  });
}
