import type { ReactNode } from "react";
import type { Editor } from "tldraw";
import { type AgendaHiding, AgendaMenu } from "./AgendaMenu.tsx";
import { useFacilitation } from "./FacilitationContext.tsx";
import { FacilitatorMenu } from "./FacilitatorMenu.tsx";
import { FacilitatorPanel } from "./FacilitatorPanel.tsx";
import { FollowControls } from "./FollowControls.tsx";
import { HandAndReactions } from "./HandAndReactions.tsx";
import { TimerDisplay } from "./TimerDisplay.tsx";
import "./facilitation.css";

/**
 * The session controls in the top bar, in one row: voting, the facilitator's private mode, the
 * timer, following, agenda, the facilitator's live panel, hand and reactions, and the facilitator's
 * less frequent controls (`menu`) grouped under "Meer". The caller passes the facilitator's slots
 * for facilitators only.
 */
export function FacilitationBar({
  editor,
  timer = true,
  vote,
  privateMode,
  menu,
  hiding,
}: {
  editor: Editor | null;
  /** Whether the timer is shown here (the phone's compact bar shows it in its own row instead). */
  timer?: boolean;
  /** Dot voting's status (and the facilitator's "Stemmen"): used during the session, always in the bar. */
  vote?: ReactNode;
  /** The facilitator's private-mode switch, in the bar. */
  privateMode?: ReactNode;
  /** The facilitator's controls used now and then (locking, links, session, export), in "Meer". */
  menu?: ReactNode;
  /** Facilitators: hiding and showing worksheets from the agenda. */
  hiding?: AgendaHiding | null;
}) {
  const { self } = useFacilitation();
  const facilitator = self.role === "facilitator";
  return (
    <div className="wb-fac-bar">
      {vote}
      {privateMode}
      {timer && <TimerDisplay />}
      <FollowControls editor={editor} />
      <AgendaMenu editor={editor} hiding={hiding} />
      {facilitator && <FacilitatorPanel editor={editor} />}
      {self.role !== "viewer" && <HandAndReactions />}
      {menu && <FacilitatorMenu>{menu}</FacilitatorMenu>}
    </div>
  );
}
