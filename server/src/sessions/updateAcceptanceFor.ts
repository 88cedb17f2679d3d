import { FACILITATOR_DOC, type SessionDocName } from "@wijkbord/shared";
import { boardChangeRefusal } from "../hiding/boardChangeRefusal.ts";
import { foreignAssetRefusal } from "../images/foreignAssetRefusal.ts";
import type { UpdateAcceptance } from "../sync/UpdateAcceptance.ts";
import { seatingRefusal } from "../tables/seatingRefusal.ts";
import { controlChangeRefusal } from "./controlChangeRefusal.ts";
import { facilitatorDocRefusal } from "./facilitatorDocRefusal.ts";

const acceptFacilitatorNotes: UpdateAcceptance = (update, doc) => facilitatorDocRefusal(doc, update);

/**
 * The content rules of a session's documents: the control document holds what only the server may
 * change, the facilitators' document only their notes, the board nothing on a hidden worksheet and
 * no participant's seat changed by someone else (`seatingRefusal`).
 * The board and the control document (where locked records go) hold no asset that points outside
 * the session (`foreignAssetRefusal`); the private documents take every update of a role that may
 * write them (`canWrite`, checked by the room): only their own browser reads them, and the reveal
 * moves notes alone onto the board.
 */
export function updateAcceptanceFor(doc: SessionDocName, sessionId: string): UpdateAcceptance | null {
  if (doc === FACILITATOR_DOC) return acceptFacilitatorNotes;
  if (doc === "control") {
    return (update, current) =>
      foreignAssetRefusal(update, sessionId) ?? controlChangeRefusal(current, update);
  }
  if (doc === "board") {
    return (update, current, conn) =>
      foreignAssetRefusal(update, sessionId) ??
      boardChangeRefusal(current, update) ??
      seatingRefusal(current, update, conn);
  }
  return null;
}
