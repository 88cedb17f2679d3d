import { BOARD, type StakeholderNames, type WorksheetPlacement } from "@wijkbord/shared";
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
 * browser sees them (not its private ones), lets `pullStakeholderNames` decide, and writes the names
 * where the session keeps them (the board's `fields` while the group names the stakeholders, the
 * control document's `texts` while the facilitator does) and the card count to the board, one update each.
 */
export function pullStakeholders(
  editor: Editor,
  boardDoc: Y.Doc,
  texts: Y.Map<string>,
  placements: readonly WorksheetPlacement[],
  instanceId: string,
  naming: StakeholderNames = "group",
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
  // The names as everyone sees them (fieldValue): the facilitator's win while they name the stakeholders;
  // while the group does, a name a facilitator kept before still shows.
  const fields = boardDoc.getMap<string>(BOARD.fields);
  const kept = naming === "facilitator" ? texts.toJSON() : nonEmpty(texts.toJSON());
  const named = { ...fields.toJSON(), ...kept };
  const counts = boardDoc.getMap<unknown>(BOARD.cardCounts);
  const result = pullStakeholderNames({
    placements,
    notes,
    fields: named,
    cardCounts: counts.toJSON(),
    instanceId,
  });
  const target = naming === "facilitator" ? texts : fields;
  const writeNames = () => {
    for (const { key, name } of result.names) target.set(key, name);
  };
  if (target.doc) target.doc.transact(writeNames);
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
