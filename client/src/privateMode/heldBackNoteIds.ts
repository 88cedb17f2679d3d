import { atom } from "tldraw";

/**
 * Ids of this browser's private notes that the reveal left private because they lie on a hidden
 * worksheet or zone; they go to the board when it is shown (`bindPrivateDoc`). One per page.
 */
export const heldBackNoteIds = atom<ReadonlySet<string>>("wijkbord.heldBackNoteIds", new Set());
