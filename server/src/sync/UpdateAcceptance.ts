import type * as Y from "yjs";
import type { RoomConnection } from "./RoomConnection.ts";

/**
 * A document kind's content rules, given to its rooms by whoever creates them (the sync engine
 * knows no document by name). Called with a non-empty update from a role that may write the
 * document, before it is applied, and with the room's document as it is: returns why the update
 * must be refused (its sender is then closed with 4400 and this reason) or null to apply it. It
 * must not change `doc`.
 */
export type UpdateAcceptance = (update: Uint8Array, doc: Y.Doc, conn: RoomConnection) => string | null;
