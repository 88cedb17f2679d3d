import { BACKUP_VERSION, BackupEnvelopeSchema, BOARD, CONTROL } from "@wijkbord/shared";
import { YKeyValue } from "y-utility/y-keyvalue";
import * as Y from "yjs";

/** What a backup file holds, as far as this browser can read it: enough to recognise the session. */
export interface BackupPreview {
  title: string | null;
  wijk: string | null;
  /** The agenda: worksheet instances in order. */
  worksheets: { instanceId: string; worksheetId: string }[];
  /** Notes on the board, locked ones included; null when the documents cannot be read here. */
  notes: number | null;
  exportedAt: string | null;
}

export type BackupPreviewResult =
  | { ok: true; preview: BackupPreview }
  | { ok: false; reason: "not_a_backup" | "too_new" };

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === "object" && v !== null && !Array.isArray(v);
const text = (v: unknown) => (typeof v === "string" && v.trim() ? v : null);

/** Ids of the notes in a YKeyValue of tldraw records. */
function noteIds(array: Y.Array<{ key: string; val: unknown }>): string[] {
  const ids: string[] = [];
  for (const [id, { val }] of new YKeyValue(array).map) {
    if (isRec(val) && val.typeName === "shape" && val.type === "note") ids.push(id);
  }
  return ids;
}

function decode(base64: unknown): Uint8Array | null {
  if (typeof base64 !== "string") return null;
  try {
    return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

/** The notes of a backup's two documents (the board's, and those the facilitator locked). */
function countNotes(board: unknown, control: unknown): number | null {
  const boardState = decode(board);
  const controlState = decode(control);
  if (!boardState || !controlState) return null;
  const boardDoc = new Y.Doc();
  const controlDoc = new Y.Doc();
  try {
    Y.applyUpdate(boardDoc, boardState);
    Y.applyUpdate(controlDoc, controlState);
    const ids = new Set([
      ...noteIds(boardDoc.getArray(BOARD.records)),
      ...noteIds(controlDoc.getArray(CONTROL.lockedRecords)),
    ]);
    return ids.size;
  } catch {
    return null;
  } finally {
    boardDoc.destroy();
    controlDoc.destroy();
  }
}

/**
 * A preview of a backup file's text before anything is sent: its title, wijk, worksheets and
 * number of notes. Read leniently (an older version reads as far as it can): whether the file can
 * be restored is the server's call; only what is plainly no backup, or newer than this app, is
 * refused here.
 */
export function previewBackup(fileText: string): BackupPreviewResult {
  let json: unknown;
  try {
    json = JSON.parse(fileText);
  } catch {
    return { ok: false, reason: "not_a_backup" };
  }
  const envelope = BackupEnvelopeSchema.safeParse(json);
  if (!envelope.success || !isRec(json)) return { ok: false, reason: "not_a_backup" };
  if (envelope.data.version > BACKUP_VERSION) return { ok: false, reason: "too_new" };
  const session = isRec(json.session) ? json.session : {};
  const worksheets = Array.isArray(session.worksheets)
    ? session.worksheets.flatMap((w) =>
        isRec(w) && typeof w.worksheetId === "string" && typeof w.instanceId === "string"
          ? [{ instanceId: w.instanceId, worksheetId: w.worksheetId }]
          : [],
      )
    : [];
  return {
    ok: true,
    preview: {
      title: text(session.title),
      wijk: text(session.wijk),
      worksheets,
      notes: countNotes(json.board, json.control),
      exportedAt: text(json.exportedAt),
    },
  };
}
