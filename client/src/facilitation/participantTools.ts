import type { ParticipantToolbar, Role } from "@wijkbord/shared";
import { type Editor, react, type Signal } from "tldraw";

/** The simplified toolbar participants see unless the facilitator widens it. */
export const PARTICIPANT_TOOLS = ["select", "hand", "note", "text", "arrow", "laser", "eraser"] as const;

/** Whether this role sees only PARTICIPANT_TOOLS. Facilitators always have every tool. */
export function usesSimpleToolbar(role: Role, toolbar: ParticipantToolbar): boolean {
  return role === "participant" && toolbar === "simple";
}

/**
 * Keeps a participant on the simplified tools: a keyboard shortcut for another tool (r, d, …)
 * falls back to select. A courtesy, not a rule the server enforces: shapes are the board's.
 */
export function restrictParticipantTools(
  editor: Editor,
  role: Role,
  toolbar: Signal<ParticipantToolbar>,
): () => void {
  if (role !== "participant") return () => {};
  // Zoom (held "z") is navigation, not drawing: allowed though it has no button.
  const allowed: readonly string[] = [...PARTICIPANT_TOOLS, "zoom"];
  return react("wijkbord.participantTools", () => {
    if (!usesSimpleToolbar(role, toolbar.get())) return;
    if (!allowed.includes(editor.getCurrentToolId())) editor.setCurrentTool("select");
  });
}
