import type { Editor } from "tldraw";
import { AgendaMenu } from "./AgendaMenu.tsx";
import { useFacilitation } from "./FacilitationContext.tsx";
import { FacilitatorPanel } from "./FacilitatorPanel.tsx";
import { FollowControls } from "./FollowControls.tsx";
import { HandAndReactions } from "./HandAndReactions.tsx";
import { TimerDisplay } from "./TimerDisplay.tsx";
import "./facilitation.css";

/** The facilitation controls in the top bar: timer, following, agenda, hand and reactions, facilitator panel. */
export function FacilitationBar({ editor }: { editor: Editor | null }) {
  const { self } = useFacilitation();
  return (
    <div className="wb-fac-bar">
      <TimerDisplay />
      <FollowControls editor={editor} />
      <AgendaMenu editor={editor} />
      {self.role !== "viewer" && <HandAndReactions />}
      {self.role === "facilitator" && <FacilitatorPanel editor={editor} />}
    </div>
  );
}
