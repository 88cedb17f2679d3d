import {
  anonymiseRecord,
  BOARD,
  CONTROL,
  isPrivateDocName,
  type RevealResponse,
  readPrivateMode,
} from "@wijkbord/shared";
import type { Room } from "../Room.ts";
import type { RoomRegistry } from "../RoomRegistry.ts";
import type { Storage } from "../Storage.ts";
import { isRevealable } from "./isRevealable.ts";
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
 * place. Reveals of one session run one after another.
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
  const anonymous = anonymousOverride ?? readPrivateMode(modeMap).anonymous;
  const names = (await storage.listDocuments(sessionId)).filter(isPrivateDocName);
  const privateRooms = await Promise.all(names.map((doc) => rooms.acquire({ sessionId, doc })));

  const toBoard = new Map<string, unknown>();
  const taken = privateRooms.map((room) => {
    const keys = new Set<string>();
    for (const [key, val] of readEntries(room.doc.getArray(BOARD.records))) {
      keys.add(key);
      if (isRevealable(key, val)) toBoard.set(key, anonymous ? anonymiseRecord(val) : val);
    }
    return { room, keys };
  });

  const board = await rooms.acquire({ sessionId, doc: "board" });
  board.doc.transact(() => setEntries(board.doc.getArray(BOARD.records), toBoard), REVEAL_ORIGIN);
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
  return { revealed: toBoard.size, anonymous };
}
