import { FACILITATOR_DOC, type SessionDocName } from "@wijkbord/shared";
import type { UpdateAcceptance } from "../sync/UpdateAcceptance.ts";
import { controlChangeRefusal } from "./controlChangeRefusal.ts";
import { facilitatorDocRefusal } from "./facilitatorDocRefusal.ts";

const acceptControlChange: UpdateAcceptance = (update, doc) => controlChangeRefusal(doc, update);
const acceptFacilitatorNotes: UpdateAcceptance = (update, doc) => facilitatorDocRefusal(doc, update);

/**
 * The content rules of a session's documents: the control document holds what only the server may
 * change, the facilitators' document only their notes. The board and private documents take every
 * update of a role that may write them (`canWrite`, checked by the room).
 */
export function updateAcceptanceFor(doc: SessionDocName): UpdateAcceptance | null {
  if (doc === FACILITATOR_DOC) return acceptFacilitatorNotes;
  return doc === "control" ? acceptControlChange : null;
}
