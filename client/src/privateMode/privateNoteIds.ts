import { atom } from "tldraw";

/**
 * Ids of the notes in this browser's private document, for the "alleen voor jou" badge the note
 * shape draws. One per page: a page shows one board (`bindPrivateDoc` keeps it up to date).
 */
export const privateNoteIds = atom<ReadonlySet<string>>("wijkbord.privateNoteIds", new Set());
