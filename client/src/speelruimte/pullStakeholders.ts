import { BOARD, type WorksheetPlacement } from "@wijkbord/shared";
import {
  type BoardNote,
  noteText,
  type PullStakeholdersResult,
  pullStakeholderNames,
  STAKEHOLDER_SOURCE,
} from "@wijkbord/worksheets";
import type { Editor } from "tldraw";
import type * as Y from "yjs";
import { privateNoteIds } from "../privateMode/privateNoteIds.ts";
import { rezoneNotes } from "./rezoneNotes.ts";

const nonEmpty = (o: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== ""));

export type PullOutcome = { kind: "noSource" } | ({ kind: "done" } & PullStakeholdersResult);

/**
 * "Stakeholders uit stap 2 overnemen" on one speelruimte instance: reads the board's notes as this
 * browser sees them (not its private ones), lets `pullStakeholderNames` decide, and writes the names to
 * the control document (the facilitator's) and the card count to the board, one update each.
 */
export function pullStakeholders(
  editor: Editor,
  boardDoc: Y.Doc,
  texts: Y.Map<string>,
  placements: readonly WorksheetPlacement[],
  instanceId: string,
): PullOutcome {
  if (!placements.some((p) => p.worksheetId === STAKEHOLDER_SOURCE.worksheetId)) return { kind: "noSource" };
  // This browser's private notes (private mode, before the reveal) stay out of the shared cards.
  const own = privateNoteIds.get();
  const notes: BoardNote[] = editor.getCurrentPageShapes().flatMap((shape) => {
    if (shape.type !== "note" || own.has(shape.id)) return [];
    const centre = editor.getShapePageBounds(shape)?.center;
    if (!centre) return [];
    return [{ id: shape.id, text: noteText(shape.props.richText), cx: centre.x, cy: centre.y }];
  });
  // The names are the facilitator's (control `texts`); older sessions kept them in the board's fields.
  const named = { ...boardDoc.getMap<unknown>(BOARD.fields).toJSON(), ...nonEmpty(texts.toJSON()) };
  const counts = boardDoc.getMap<unknown>(BOARD.cardCounts);
  const result = pullStakeholderNames({
    placements,
    notes,
    fields: named,
    cardCounts: counts.toJSON(),
    instanceId,
  });
  const writeNames = () => {
    for (const { key, name } of result.names) texts.set(key, name);
  };
  if (texts.doc) texts.doc.transact(writeNames);
  else writeNames();
  boardDoc.transact(() => {
    const now = counts.get(instanceId);
    if (result.cardCount !== null && !(typeof now === "number" && now >= result.cardCount)) {
      counts.set(instanceId, result.cardCount);
    }
  });
  if (result.cardCount !== null) rezoneNotes(editor, boardDoc, placements, instanceId);
  return { kind: "done", ...result };
}
