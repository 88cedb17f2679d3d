import { FACILITATOR_DOC, type SessionDocName } from "@wijkbord/shared";
import { boardChangeRefusal } from "../hiding/boardChangeRefusal.ts";
import type { UpdateAcceptance } from "../sync/UpdateAcceptance.ts";
import { controlChangeRefusal } from "./controlChangeRefusal.ts";
import { facilitatorDocRefusal } from "./facilitatorDocRefusal.ts";

const acceptControlChange: UpdateAcceptance = (update, doc) => controlChangeRefusal(doc, update);
const acceptFacilitatorNotes: UpdateAcceptance = (update, doc) => facilitatorDocRefusal(doc, update);
const acceptBoardChange: UpdateAcceptance = (update, doc) => boardChangeRefusal(doc, update);

/**
 * The content rules of a session's documents: the control document holds what only the server may
 * change, the facilitators' document only their notes, the board nothing on a hidden worksheet.
 * Private documents take every update of a role that may write them (`canWrite`, checked by the room).
 */
export function updateAcceptanceFor(doc: SessionDocName): UpdateAcceptance | null {
  if (doc === FACILITATOR_DOC) return acceptFacilitatorNotes;
  if (doc === "board") return acceptBoardChange;
  return doc === "control" ? acceptControlChange : null;
}
