import type { SyncedRecord } from "./noteLayers.ts";
import { plainRichText } from "./plainRichText.ts";

/** The page every browser has; synced shapes always sit on it (docs/sync-protocol.md). */
const PAGE_ID = "page:page";

/**
 * A tldraw 5 note record as the canvas would write it (docs/sync-protocol.md, "A note"), for a note
 * made without the canvas. `index` "a1" is above the worksheet backgrounds (below "a0");
 * `fontSizeAdjustment` 1 so it draws at its size before anyone edits it on the canvas.
 */
export function newNoteRecord(note: {
  id: string;
  x: number;
  y: number;
  text: string;
  author: { id: string; name: string };
  worksheet: string;
  zone: string;
  /** ISO time, the server's clock as the browser knows it. */
  now: string;
}): SyncedRecord {
  return {
    x: note.x,
    y: note.y,
    rotation: 0,
    isLocked: false,
    opacity: 1,
    meta: {
      authorId: note.author.id,
      authorName: note.author.name,
      worksheet: note.worksheet,
      zone: note.zone,
      createdAt: note.now,
      updatedAt: note.now,
    },
    id: note.id,
    type: "note",
    props: {
      color: "black",
      richText: plainRichText(note.text),
      size: "m",
      font: "draw",
      align: "middle",
      verticalAlign: "middle",
      labelColor: "black",
      growY: 0,
      fontSizeAdjustment: 1,
      url: "",
      scale: 1,
      textLastEditedBy: null,
    },
    parentId: PAGE_ID,
    index: "a1",
    typeName: "shape",
  };
}
