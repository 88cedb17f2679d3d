import type { Summons } from "@wijkbord/shared";
import { type Editor, react } from "tldraw";
import type { PresenceBinding, PresenceUser } from "../sync/bindPresence.ts";
import type { Facilitation } from "./bindFacilitation.ts";
import { followSummons } from "./followSummons.ts";
import { restrictParticipantTools } from "./participantTools.ts";
import { registerOwnContentRule } from "./registerOwnContentRule.ts";

/**
 * Wires the facilitation features to a mounted editor: summons move the camera, the viewport is
 * published (so others can follow), Escape stops following, participants keep to their tools and
 * delete only their own shapes. Returns the undo.
 */
export function attachFacilitation(
  editor: Editor,
  {
    facilitation,
    presence,
    self,
    onSummoned,
  }: {
    facilitation: Facilitation;
    presence: PresenceBinding;
    self: PresenceUser;
    /** A summons moved this browser's camera. */
    onSummoned?: (summons: Summons) => void;
  },
): () => void {
  const offs = [
    followSummons(editor, facilitation.summons, self.id, onSummoned),
    restrictParticipantTools(editor, self.role, facilitation.participantToolbar),
  ];
  if (self.role === "participant") offs.push(registerOwnContentRule(editor, self));
  // Viewers publish nothing (like their cursor): nobody needs to follow a viewer.
  if (self.role !== "viewer") {
    offs.push(
      react("wijkbord.publishViewport", () => {
        const { x, y, w, h } = editor.getViewportPageBounds();
        presence.setViewport(w > 0 && h > 0 ? { x, y, w, h } : null);
      }),
    );
  }
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === "Escape" && editor.getInstanceState().followingUserId) editor.stopFollowingUser();
  };
  // Capture phase: tldraw's own key handling must not swallow it first.
  window.addEventListener("keydown", onKeyDown, true);
  return () => {
    window.removeEventListener("keydown", onKeyDown, true);
    for (const off of offs) off();
    presence.setViewport(null);
  };
}
