import { type PageBounds, TIMINGS } from "@wijkbord/shared";
import type { Editor } from "tldraw";
import { viewFrame } from "./readableFrame.ts";

/** Moves the camera to someone's view (`viewFrame`: all of it, or its middle where that is too small to read). */
export function showView(editor: Editor, view: PageBounds, { immediate = false } = {}): void {
  if (editor.getInstanceState().followingUserId) editor.stopFollowingUser();
  const { w, h } = editor.getViewportScreenBounds();
  editor.setCamera(
    viewFrame(view, { w, h }),
    immediate ? { immediate: true } : { animation: { duration: TIMINGS.summonsAnimationMs } },
  );
}
