import { type PageBounds, TIMINGS } from "@wijkbord/shared";
import type { Editor } from "tldraw";
import { worksheetFrame } from "./readableFrame.ts";

/**
 * Moves the camera to a worksheet the way the app frames one (`worksheetFrame`), animated unless
 * `immediate`. Stops following whoever this browser was following: the user chose to go elsewhere.
 */
export function showWorksheet(editor: Editor, sheet: PageBounds, { immediate = false } = {}): void {
  if (editor.getInstanceState().followingUserId) editor.stopFollowingUser();
  const { w, h } = editor.getViewportScreenBounds();
  editor.setCamera(
    worksheetFrame(sheet, { w, h }),
    immediate ? { immediate: true } : { animation: { duration: TIMINGS.summonsAnimationMs } },
  );
}
