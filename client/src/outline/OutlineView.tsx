import {
  BOARD,
  type Field,
  type ReportNote,
  type ReportWorksheet,
  type ReportZone,
  type SessionInfo,
  type WorksheetPlacement,
} from "@wijkbord/shared";
import { buildReportModel, getWorksheet, zoneHeading } from "@wijkbord/worksheets";
import { type ReactNode, useMemo, useState } from "react";
import { useValue } from "tldraw";
import { useLocale } from "../app/LocaleProvider.tsx";
import { useSessionContext } from "../app/SessionContext.tsx";
import type { Board } from "../board/openBoard.ts";
import { isAreaLocked } from "../locking/lockedAreas.ts";
import { LOCKING_MESSAGES, type LockingMessageKey } from "../locking/lockingMessages.ts";
import { useStakeholderNames } from "../speelruimte/useStakeholderNames.ts";
import type { PresenceUser } from "../sync/bindPresence.ts";
import { useYMapSnapshot } from "../sync/useYMapSnapshot.ts";
import { FieldInput } from "../worksheet/FieldInput.tsx";
import { AddNoteForm } from "./AddNoteForm.tsx";
import { freeNoteSlot, NOTE_SIZE, type Rect } from "./freeNoteSlot.ts";
import { NoteActions } from "./NoteActions.tsx";
import { newNoteRecord } from "./newNoteRecord.ts";
import { type NoteLayers, noteLayers, type SyncedRecord } from "./noteLayers.ts";
import { mayAddNote, type NoteRights, noteRights } from "./noteRights.ts";
import { OutlineNoteVote } from "./OutlineNoteVote.tsx";
import { OUTLINE_MESSAGES, type OutlineMessages } from "./outlineMessages.ts";
import { plainRichText } from "./plainRichText.ts";
import { useNoteRecords } from "./useNoteRecords.ts";
import "./outline.css";

/** Height of a zone's title and hint on the canvas (WorksheetView), kept free of added notes. */
const ZONE_HEADER = 70;

interface OutlineProps {
  board: Board;
  session: SessionInfo;
  self: PresenceUser;
  /** "panel": beside the canvas, with "Sluiten"; "main": the page's main view (text mode). */
  variant?: "panel" | "main";
  onClose: () => void;
  /** The switch between the outline as main view and the canvas; absent when there is no choice. */
  viewSwitch?: ReactNode;
}

/** What the user may do to a note from the outline (outline/noteRights.ts), with the lock as it is now. */
function rightsFor(
  layers: NoteLayers,
  self: PresenceUser,
  noteId: string,
  areaLocked: (id: unknown) => boolean,
) {
  const record = layers.find(noteId)?.record;
  const shape = record && { isLocked: record.isLocked === true, meta: record.meta ?? {} };
  return noteRights(shape, self, areaLocked);
}

/** Where a record lies on the page, for keeping added notes apart (notes only: others have no size here). */
function noteBounds(record: SyncedRecord): Rect[] {
  if (record.type !== "note" || typeof record.x !== "number" || typeof record.y !== "number") return [];
  const scale = typeof record.props?.scale === "number" ? record.props.scale : 1;
  const growY = typeof record.props?.growY === "number" ? record.props.growY : 0;
  return [{ x: record.x, y: record.y, w: NOTE_SIZE * scale, h: (NOTE_SIZE + growY) * scale }];
}

/**
 * The whole session as text, for keyboard and screen-reader users and small phones: worksheets as
 * headings, zones as sections, notes as list items, the conclusions as fields. Built from the same
 * report model as the exports, straight from the Yjs documents (noteLayers), without the tldraw
 * editor: it works beside the canvas, instead of it (text mode), and when tldraw hides it. Notes
 * are added (in a free spot of their zone), edited and deleted in the documents under the canvas's
 * rules: a participant's new note goes to their private document while private mode is on; on a
 * worksheet the facilitator locked, participants add, edit and delete nothing (asked again at the
 * moment of writing, so a form opened before the lock cannot write) and its fields are read-only;
 * a facilitator's note there arrives locked, as on the canvas.
 */
export function OutlineView({ board, session, self, variant = "panel", onClose, viewSwitch }: OutlineProps) {
  const { locale } = useLocale();
  // The live wijk name (the facilitator may change it), not the one the page loaded with.
  const { wijk } = useSessionContext();
  const m = OUTLINE_MESSAGES[locale];
  const [announcement, setAnnouncement] = useState("");
  // Open edits by note id (see NoteActions: they outlive a row that disappears for a moment).
  const [drafts, setDrafts] = useState<ReadonlyMap<string, string>>(new Map());
  const setDraft = (noteId: string, draft: string | null) =>
    setDrafts((old) => {
      const next = new Map(old);
      if (draft === null) next.delete(noteId);
      else next.set(noteId, draft);
      return next;
    });
  const layers = useMemo(
    () =>
      noteLayers({
        board: board.sync.docs.board,
        control: board.sync.docs.control,
        private: board.privateDoc,
      }),
    [board],
  );
  const records = useNoteRecords(layers);
  const placements = useValue("outline.placements", () => board.placements.get(), [board]);
  const fields = useYMapSnapshot(board.fields);
  const texts = useYMapSnapshot(board.texts);
  const stakeholderNames = useStakeholderNames();
  // Speelruimte's cards added so far, so the outline lists what the canvas shows.
  const cardCounts = useYMapSnapshot(board.sync.docs.board.getMap<unknown>(BOARD.cardCounts));
  // Drawn from the lock as rendered; every write asks the live map again.
  const lockedAreas = useYMapSnapshot(board.lockedAreas);
  const shownLocked = (instanceId: unknown) =>
    typeof instanceId === "string" && lockedAreas[instanceId] === true;
  const lockedNow = (instanceId: unknown) => isAreaLocked(board.lockedAreas, instanceId);
  const refuse = (key: LockingMessageKey) => {
    board.lockNotices.notify(key);
    setAnnouncement(LOCKING_MESSAGES[locale][key]);
  };
  const model = useMemo(
    () =>
      buildReportModel(
        {
          session: { title: session.title, wijk, createdAt: session.createdAt },
          placements,
          records,
          fields,
          participants: {},
          texts,
          stakeholderNames,
          cardCounts,
        },
        locale,
      ),
    [session, wijk, placements, records, fields, texts, stakeholderNames, cardCounts, locale],
  );
  const now = () => new Date(Math.round(board.facilitation.clock.now())).toISOString();

  /** False when refused: the typed text stays in the form. */
  const addNote = (placement: WorksheetPlacement, zone: ReportZone, text: string): boolean => {
    const locked = lockedNow(placement.instanceId);
    if (!mayAddNote(self.role, locked)) {
      refuse("refusedArea");
      return false;
    }
    const rect = getWorksheet(placement.worksheetId)?.zones.find((z) => z.id === zone.id)?.rect;
    if (!rect) return false;
    const area = { x: placement.x + rect.x, y: placement.y + rect.y, w: rect.w, h: rect.h };
    const at = freeNoteSlot(area, layers.all().flatMap(noteBounds), ZONE_HEADER);
    const record = newNoteRecord({
      id: `shape:${crypto.randomUUID()}`,
      ...at,
      text,
      author: { id: self.id, name: self.name },
      worksheet: placement.instanceId,
      zone: zone.id,
      now: now(),
    });
    // Where the canvas would put it (openBoard's placeNew, registerArrivalLock).
    if (board.privateDoc && board.privateMode.get().on) layers.set("private", record);
    else if (locked) layers.set("locked", { ...record, isLocked: true });
    else layers.set("board", record);
    setAnnouncement(`${m.added} ${zone.title}`);
    return true;
  };
  /** Runs `write` when `allowed` still holds for the note now; else says why not. */
  const ifStill = (noteId: string, allowed: (rights: NoteRights) => boolean, write: () => void) => {
    const rights = rightsFor(layers, self, noteId, lockedNow);
    if (allowed(rights)) write();
    else if (rights.locked) refuse(rights.locked);
  };
  const saveText = (noteId: string, text: string) => {
    const found = layers.find(noteId);
    if (!found) return;
    const { record, layer } = found;
    layers.set(layer, {
      ...record,
      props: { ...record.props, richText: plainRichText(text) },
      meta: { ...record.meta, updatedAt: now() },
    });
  };
  const removeNote = (noteId: string) => {
    const found = layers.find(noteId);
    if (found) layers.remove(found.layer, noteId);
  };

  return (
    <section
      className={`wb-outline wb-outline--${variant}`}
      aria-labelledby="wb-outline-title"
      data-testid="outline"
    >
      <header className="wb-outline__header">
        <h1 id="wb-outline-title">{m.title}</h1>
        {viewSwitch}
        {variant === "panel" && (
          <button
            type="button"
            className="wb-button utrecht-button utrecht-button--secondary-action"
            onClick={onClose}
          >
            {m.close}
          </button>
        )}
      </header>
      <p className="wb-outline__live" aria-live="polite">
        {announcement}
      </p>
      {model.worksheets.map((sheet) => {
        const placement = placements.find((p) => p.instanceId === sheet.instanceId);
        return (
          <WorksheetOutline
            key={sheet.instanceId}
            sheet={sheet}
            m={m}
            definitionFields={
              (placement && getWorksheet(placement.worksheetId, placement.version)?.fields) ?? []
            }
            onAdd={
              placement && self.role !== "viewer" ? (zone, text) => addNote(placement, zone, text) : null
            }
            addLockedNote={
              mayAddNote(self.role, shownLocked(sheet.instanceId))
                ? undefined
                : LOCKING_MESSAGES[locale].worksheetLocked
            }
            noteActions={(note) => {
              const rights = rightsFor(layers, self, note.id, shownLocked);
              return (
                <>
                  <OutlineNoteVote
                    noteId={note.id}
                    meta={layers.find(note.id)?.record.meta}
                    voting={board.voting}
                  />
                  <NoteActions
                    note={note}
                    m={m}
                    rights={rights}
                    lockedNote={rights.locked && LOCKING_MESSAGES[locale][rights.locked]}
                    draft={drafts.get(note.id) ?? null}
                    onDraft={(draft) => setDraft(note.id, draft)}
                    onSave={(text) =>
                      ifStill(
                        note.id,
                        (r) => r.edit,
                        () => saveText(note.id, text),
                      )
                    }
                    onRemove={() =>
                      ifStill(
                        note.id,
                        (r) => r.remove,
                        () => {
                          removeNote(note.id);
                          setAnnouncement(m.removed);
                        },
                      )
                    }
                  />
                </>
              );
            }}
          />
        );
      })}
      {model.otherNotes.length > 0 && (
        <section className="wb-outline__zone">
          <h2>{m.otherSession}</h2>
          <NoteList notes={model.otherNotes} m={m} />
        </section>
      )}
    </section>
  );
}

function WorksheetOutline({
  sheet,
  m,
  definitionFields,
  onAdd,
  addLockedNote,
  noteActions,
}: {
  sheet: ReportWorksheet;
  m: OutlineMessages;
  /** The worksheet definition's fields, by which the report's fields are edited. */
  definitionFields: readonly Field[];
  onAdd: ((zone: ReportZone, text: string) => boolean) | null;
  /** Why notes cannot be added while the facilitator locked this worksheet, else undefined. */
  addLockedNote: string | undefined;
  noteActions: (note: ReportNote) => ReactNode;
}) {
  const headingId = `wb-outline-${sheet.instanceId}`;
  return (
    <section
      className="wb-outline__sheet"
      aria-labelledby={headingId}
      data-testid={`outline-${sheet.instanceId}`}
    >
      <h2 id={headingId}>{sheet.title}</h2>
      {sheet.zones.map((zone) => {
        const Heading = zone.parentId ? "h4" : "h3";
        return (
          <section key={zone.id} className="wb-outline__zone" data-zone={zone.id}>
            <Heading>
              {zone.label ? `${zone.label}. ` : ""}
              {zoneHeading(zone)}
            </Heading>
            <NoteList notes={zone.notes} m={m} actions={noteActions} />
            {onAdd && <AddNoteForm zone={zone} m={m} onAdd={onAdd} lockedNote={addLockedNote} />}
          </section>
        );
      })}
      {sheet.otherNotes.length > 0 && (
        <section className="wb-outline__zone">
          <h3>{m.other}</h3>
          <NoteList notes={sheet.otherNotes} m={m} actions={noteActions} />
        </section>
      )}
      {sheet.fields.map((field) => {
        const definition = definitionFields.find((f) => f.id === field.id);
        return (
          <section key={field.id} className="wb-outline__zone">
            <h3 id={`${headingId}-${field.id}`}>{field.label}</h3>
            {definition && (
              <FieldInput
                field={definition}
                instanceId={sheet.instanceId}
                labelId={`${headingId}-${field.id}`}
                placeholder=""
              />
            )}
          </section>
        );
      })}
    </section>
  );
}

function NoteList({
  notes,
  m,
  actions,
}: {
  notes: readonly ReportNote[];
  m: OutlineMessages;
  actions?: (note: ReportNote) => ReactNode;
}) {
  if (notes.length === 0) return <p className="wb-outline__empty">{m.empty}</p>;
  return (
    <ul className="wb-outline__notes">
      {notes.map((note) => (
        <li key={note.id} data-testid="outline-note">
          <span className="wb-outline__text">{note.text}</span>{" "}
          <span className="wb-outline__author">
            — {m.by} {note.author}
          </span>
          {actions?.(note)}
        </li>
      ))}
    </ul>
  );
}
