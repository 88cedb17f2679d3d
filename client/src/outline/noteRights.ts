import type { Role } from "@wijkbord/shared";
import type { LockingMessageKey } from "../locking/lockingMessages.ts";

/** What the outline needs of a note's shape. */
export interface OutlineNoteShape {
  isLocked: boolean;
  meta: { authorId?: unknown; worksheet?: unknown };
}

export interface NoteRights {
  edit: boolean;
  remove: boolean;
  /** Why a participant may not change it: the note or its worksheet is locked; else undefined. */
  locked?: LockingMessageKey;
}

/**
 * What a user may do to a note from the outline, under the canvas's rules: viewers nothing;
 * facilitators everything; participants edit any note and delete their own, but nothing that is
 * locked, nor anything on a worksheet the facilitator locked (its notes are locked with it; this
 * also covers a note put there after the lock, and is asked again at the moment of writing).
 */
export function noteRights(
  shape: OutlineNoteShape | undefined,
  self: { id: string; role: Role },
  areaLocked: (instanceId: unknown) => boolean,
): NoteRights {
  if (!shape || self.role === "viewer") return { edit: false, remove: false };
  if (self.role === "facilitator") return { edit: true, remove: true };
  if (areaLocked(shape.meta.worksheet)) return { edit: false, remove: false, locked: "worksheetLocked" };
  if (shape.isLocked) return { edit: false, remove: false, locked: "refusedLocked" };
  return { edit: true, remove: shape.meta.authorId === self.id };
}

/** Whether a user may add a note to a worksheet from the outline: not viewers, nobody but facilitators while locked. */
export function mayAddNote(role: Role, areaLocked: boolean): boolean {
  if (role === "viewer") return false;
  return role === "facilitator" || !areaLocked;
}
