import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type Backup,
  CONTROL,
  type WorksheetPlacement,
} from "@wijkbord/shared";
import * as Y from "yjs";
import type { SessionRecord } from "../storage/Storage.ts";
import type { SessionDocs } from "./readSessionDocs.ts";

/**
 * The backup file of a session: its configuration (live title, wijk and layout from the control
 * document, the record as fallback), both documents' full states, the hidden worksheets and zones
 * and the photos (`extras`). Tokens and links are never in it: an import gets new ones.
 */
export function buildBackup(
  session: SessionRecord,
  docs: SessionDocs,
  now: Date,
  extras: Pick<Backup, "hidden" | "images"> = { hidden: { worksheets: {}, zones: {} }, images: [] },
): Backup {
  const control = new Y.Doc();
  try {
    Y.applyUpdate(control, docs.control);
    const meta = control.getMap<unknown>(CONTROL.session);
    const title = meta.get("title");
    const wijk = meta.get("wijk");
    const live = control.getArray<WorksheetPlacement>(CONTROL.worksheets).toJSON() as WorksheetPlacement[];
    return {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: now.toISOString(),
      session: {
        title: typeof title === "string" && title.trim() ? title : session.title,
        wijk: typeof wijk === "string" && wijk.trim() ? wijk : session.wijk,
        worksheets: live.length > 0 ? live : session.worksheets,
      },
      control: Buffer.from(docs.control).toString("base64"),
      board: Buffer.from(docs.board).toString("base64"),
      facilitation: {},
      hidden: extras.hidden,
      images: extras.images,
    };
  } finally {
    control.destroy();
  }
}
