import {
  BOARD,
  CONTROL,
  FACILITATION,
  SESSION_ANONYMOUS_KEY,
  SESSION_ROOM_COUNT_KEY,
  VOTE_KEYS,
  type WorksheetPlacement,
  WorksheetPlacementSchema,
} from "@wijkbord/shared";
import { type ReportInput, WIDGET_SPECS, type WidgetSpec } from "@wijkbord/worksheets";
import * as Y from "yjs";
import type { SessionRecord } from "../storage/Storage.ts";
import type { SessionDocs } from "./readSessionDocs.ts";

const str = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);

/**
 * The board's `records` as y-utility's YKeyValue reads them: an array of `{ key, val }` where the
 * last entry of a key wins (duplicates exist briefly after concurrent writes). Read from the array
 * directly: constructing a YKeyValue would delete the duplicates, i.e. write to the document.
 */
function recordValues(doc: Y.Doc, name: string, byKey = new Map<string, unknown>()): Map<string, unknown> {
  for (const entry of doc.getArray<unknown>(name).toArray()) {
    if (typeof entry === "object" && entry !== null && "key" in entry && "val" in entry) {
      byKey.set(String(entry.key), entry.val);
    }
  }
  return byKey;
}

/** Board records and the facilitator's locked ones (moved to the control document); locked wins. */
function allRecords(board: Y.Doc, control: Y.Doc): unknown[] {
  return [...recordValues(control, CONTROL.lockedRecords, recordValues(board, BOARD.records)).values()];
}

/** The ended dot-voting rounds the server recorded in the control document, oldest first. */
function endedVoteRounds(doc: Y.Doc): unknown[] {
  const ended = doc.getMap<unknown>(CONTROL.vote).get(VOTE_KEYS.ended);
  return ended instanceof Y.Array ? ended.toJSON() : [];
}

/**
 * What `buildReportModel` reads, from the two documents' states. The live control document wins
 * over the session record (the facilitator may have changed the layout); the record fills in what a
 * document lacks. Invalid placements are skipped, never fatal. The widgets' maps are those `widgets`
 * name (Wijkbord's registry unless given).
 */
export function docsToReportInput(
  session: SessionRecord,
  docs: SessionDocs,
  widgets: readonly WidgetSpec[] = WIDGET_SPECS,
): ReportInput {
  const control = new Y.Doc();
  const board = new Y.Doc();
  try {
    Y.applyUpdate(control, docs.control);
    Y.applyUpdate(board, docs.board);
    const meta = control.getMap<unknown>(CONTROL.session).toJSON() as Record<string, unknown>;
    const live = control.getArray<unknown>(CONTROL.worksheets).toArray();
    const placements: WorksheetPlacement[] = live.flatMap((p) => {
      const parsed = WorksheetPlacementSchema.safeParse(p);
      return parsed.success ? [parsed.data] : [];
    });
    const facilitators = meta.facilitators;
    return {
      session: {
        title: str(meta.title) ?? session.title,
        wijk: str(meta.wijk) ?? session.wijk,
        createdAt: str(meta.createdAt) ?? session.createdAt,
        anonymous: meta[SESSION_ANONYMOUS_KEY] === true,
        roomCount: meta[SESSION_ROOM_COUNT_KEY],
        ...(Array.isArray(facilitators)
          ? { facilitators: facilitators.filter((f): f is string => typeof f === "string") }
          : {}),
      },
      placements: live.length > 0 ? placements : session.worksheets,
      records: allRecords(board, control),
      fields: board.getMap<unknown>(BOARD.fields).toJSON(),
      participants: board.getMap<unknown>(BOARD.participants).toJSON(),
      texts: control.getMap<unknown>(CONTROL.texts).toJSON(),
      tables: control.getMap<unknown>(CONTROL.tables).toJSON(),
      stakeholderNames: control.getMap<unknown>(CONTROL.facilitation).get(FACILITATION.stakeholderNames),
      members: control.getMap<unknown>(CONTROL.members).toJSON(),
      votes: endedVoteRounds(control),
      widgetMaps: Object.fromEntries(
        widgets.flatMap(({ state }) =>
          state ? [[state.map, board.getMap<unknown>(state.map).toJSON()]] : [],
        ),
      ),
      cardCounts: board.getMap<unknown>(BOARD.cardCounts).toJSON(),
      koppelkansen: {
        opgaven: board.getMap<unknown>(BOARD.koppelkansenOpgaven).toJSON(),
        succesfactoren: board.getMap<unknown>(BOARD.koppelkansenSuccesfactoren).toJSON(),
        kansen: board.getMap<unknown>(BOARD.koppelkansenKansen).toJSON(),
        scores: board.getMap<unknown>(BOARD.koppelkansenScores).toJSON(),
        reasons: board.getMap<unknown>(BOARD.koppelkansenReasons).toJSON(),
        priorities: board.getMap<unknown>(BOARD.koppelkansenPriorities).toJSON(),
      },
    };
  } finally {
    control.destroy();
    board.destroy();
  }
}
