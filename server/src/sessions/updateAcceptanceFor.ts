import type { SessionDocName } from "@wijkbord/shared";
import type { UpdateAcceptance } from "../sync/UpdateAcceptance.ts";
import { controlChangeRefusal } from "./controlChangeRefusal.ts";

const acceptControlChange: UpdateAcceptance = (update, doc) => controlChangeRefusal(doc, update);

/**
 * The content rules of a session's documents. Only the control document has any: facilitators
 * write it, and it holds what only the server may change. The board and private documents take
 * every update of a role that may write them (`canWrite`, checked by the room).
 */
export function updateAcceptanceFor(doc: SessionDocName): UpdateAcceptance | null {
  return doc === "control" ? acceptControlChange : null;
}
