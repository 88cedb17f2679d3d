import {
  anonymiseRecord,
  BOARD,
  CONTROL,
  isPrivateDocName,
  landsLocked,
  type RevealResponse,
  readPrivateMode,
} from "@wijkbord/shared";
import { lyingOnHiddenAreas } from "../hiding/lyingOnHiddenAreas.ts";
import type { Storage } from "../storage/Storage.ts";
import type { Room } from "../sync/Room.ts";
import type { RoomRegistry } from "../sync/RoomRegistry.ts";
import { holdsNoRecords } from "./holdsNoRecords.ts";
import { isRevealable } from "./isRevealable.ts";
import { publicRecordIds } from "./publicRecordIds.ts";
import { deleteEntries, readEntries, setEntries } from "./recordEntries.ts";

/** Origin of the server's own writes: not a connection, so the room stores and relays them to everyone. */
const REVEAL_ORIGIN = Symbol("wijkbord-reveal");

async function flushedOrThrow(rooms: Room[]): Promise<void> {
  await Promise.all(rooms.map((r) => r.flushed()));
  if (rooms.some((r) => r.broken)) throw new Error("storage refused a reveal write");
}

const running = new Map<string, Promise<RevealResponse>>();

/**
 * Ends a private round: every private document of the session gives its notes to the board
 * (authors replaced by "anoniem" when anonymous), then loses them, then private mode is switched
 * off. In that order, and each step stored before the next, so at no point is a note in neither
 * place. Notes on a locked worksheet go to the control document's `lockedRecords` instead of the
 * board. A private document is its writer's own, so the reveal moves only what a participant
 * could put on the board itself: new notes (`isRevealable`), never one with the id of a record
 * on the board or locked (`publicRecordIds`); everything else in it is dropped. A note lying on a
 * hidden worksheet or zone (board `hiddenAreas`) is held back: it stays in its private document,
 * still private, and its browser hands it over once that part is shown. Then the emptied
 * private documents are deleted (storage and room; their sockets close with 1001). Reveals of
 * one session run one after another.
 */
export function revealPrivateNotes(
  rooms: RoomRegistry,
  storage: Storage,
  sessionId: string,
  anonymousOverride: boolean | undefined,
): Promise<RevealResponse> {
  const previous = running.get(sessionId) ?? Promise.resolve();
  const next = previous
    .catch(() => undefined)
    .then(() => reveal(rooms, storage, sessionId, anonymousOverride));
  running.set(sessionId, next);
  const forget = () => {
    if (running.get(sessionId) === next) running.delete(sessionId);
  };
  next.then(forget, forget);
  return next;
}

async function reveal(
  rooms: RoomRegistry,
  storage: Storage,
  sessionId: string,
  anonymousOverride: boolean | undefined,
): Promise<RevealResponse> {
  const control = await rooms.acquire({ sessionId, doc: "control" });
  const modeMap = control.doc.getMap<unknown>(CONTROL.privateMode);
  const lockedAreas = control.doc.getMap<unknown>(CONTROL.lockedAreas);
  const anonymous = anonymousOverride ?? readPrivateMode(modeMap).anonymous;
  const names = (await storage.listDocuments(sessionId)).filter(isPrivateDocName);
  const privateRooms = await Promise.all(names.map((doc) => rooms.acquire({ sessionId, doc })));
  const board = await rooms.acquire({ sessionId, doc: "board" });

  // Every entry is taken out of its private document below; only the notes among them can land.
  const notes = new Map<string, Record<string, unknown>>();
  const held = lyingOnHiddenAreas(board.doc);
  let heldBack = 0;
  const taken = privateRooms.map((room) => {
    const keys = new Set<string>();
    for (const [key, val] of readEntries(room.doc.getArray(BOARD.records))) {
      // The board would refuse it there (docs/hiding.md); private it stays, nothing is lost.
      if (isRevealable(key, val) && held(val)) {
        heldBack++;
        continue;
      }
      keys.add(key);
      if (isRevealable(key, val) && !notes.has(key)) notes.set(key, anonymous ? anonymiseRecord(val) : val);
    }
    return { room, keys };
  });

  // Notes on a worksheet the facilitator locked come out locked, like everything else on it. An id
  // that is on the board or locked already is never replaced (checked in the same tick as written).
  const toLocked = new Map<string, unknown>();
  const existing = publicRecordIds(board.doc, control.doc);
  for (const [key, record] of notes) {
    if (!existing.has(key) && landsLocked(record, lockedAreas))
      toLocked.set(key, { ...record, isLocked: true });
  }
  if (toLocked.size > 0) {
    control.doc.transact(
      () => setEntries(control.doc.getArray(CONTROL.lockedRecords), toLocked),
      REVEAL_ORIGIN,
    );
    await flushedOrThrow([control]);
  }
  const toBoard = new Map<string, unknown>();
  board.doc.transact(() => {
    // Read again: the board may have changed while the locked notes were stored.
    const now = publicRecordIds(board.doc, control.doc);
    for (const [key, record] of notes) if (!now.has(key)) toBoard.set(key, record);
    setEntries(board.doc.getArray(BOARD.records), toBoard);
  }, REVEAL_ORIGIN);
  await flushedOrThrow([board]);

  for (const { room, keys } of taken) {
    if (keys.size > 0)
      room.doc.transact(() => deleteEntries(room.doc.getArray(BOARD.records), keys), REVEAL_ORIGIN);
  }
  control.doc.transact(() => {
    modeMap.set("on", false);
    modeMap.set("anonymous", anonymous);
    if (typeof modeMap.get("round") !== "number") modeMap.set("round", 0);
  }, REVEAL_ORIGIN);
  await flushedOrThrow([control, ...privateRooms]);

  // Emptied private documents leave storage. One that received a note while we revealed keeps
  // it (checked in the same tick as its sockets close): its browser hands it to the board now
  // that private mode is off (bindPrivateDoc), after which the registry deletes the document once
  // its room unloads (RoomRegistry `discardable`), or the next reveal takes the note.
  await Promise.all(privateRooms.map((room) => rooms.deleteDocument(room, holdsNoRecords)));
  return { revealed: toBoard.size + toLocked.size, anonymous, ...(heldBack > 0 ? { heldBack } : {}) };
}
