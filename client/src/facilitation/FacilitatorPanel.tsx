import { useState } from "react";
import { type Editor, useValue } from "tldraw";
import { FacilitatorToolsSection } from "../facilitatorTools/FacilitatorToolsSection.tsx";
import { PhotoSection } from "../photos/PhotoSection.tsx";
import { useFacilitation, useFacilitationMessages } from "./FacilitationContext.tsx";
import { ParticipantRoster } from "./ParticipantRoster.tsx";
import { PopoverMenu } from "./PopoverMenu.tsx";
import { TimerControls } from "./TimerControls.tsx";

/** The viewport as plain page bounds (what a summons carries). */
export function viewportBounds(editor: Editor) {
  const { x, y, w, h } = editor.getViewportPageBounds();
  return { x, y, w, h };
}

/**
 * The facilitator's live controls in a popover from the top bar: timer, "iedereen naar mij", the
 * participants' toolbar, the tools (laser, cursors, "Vieren") and photos of paper. Mount it for facilitators only; the server drops anyone else's writes.
 */
export function FacilitatorPanel({ editor }: { editor: Editor | null }) {
  const { facilitation } = useFacilitation();
  const m = useFacilitationMessages();
  const toolbar = useValue("participantToolbar", () => facilitation.participantToolbar.get(), [facilitation]);
  const [summoned, setSummoned] = useState(false);

  return (
    <PopoverMenu
      testId="facilitator-panel"
      label={m.panel}
      title={m.panelTitle}
      onToggle={() => setSummoned(false)}
    >
      {() => (
        <>
          <TimerControls />
          <section className="wb-fac__section">
            <button
              type="button"
              className="wb-button utrecht-button utrecht-button--secondary-action wb-fac__summon"
              data-testid="summon-all"
              title={m.summonAllTitle}
              disabled={!editor}
              onClick={() => {
                if (!editor) return;
                facilitation.summon(viewportBounds(editor), null);
                setSummoned(true);
              }}
            >
              {m.summonAll}
            </button>
            {summoned && (
              <p className="wb-fac__hint" role="status">
                {m.summoned}
              </p>
            )}
          </section>
          <section className="wb-fac__section" aria-labelledby="wb-fac-toolbar">
            <h3 className="wb-fac__heading" id="wb-fac-toolbar">
              {m.toolbar}
            </h3>
            <label className="wb-fac__check">
              <input
                type="checkbox"
                data-testid="toolbar-full"
                checked={toolbar === "full"}
                onChange={(e) => facilitation.setParticipantToolbar(e.target.checked ? "full" : "simple")}
              />
              {m.toolbarFull}
            </label>
            <p className="wb-fac__hint">{m.toolbarHint}</p>
          </section>
          <FacilitatorToolsSection />
          <PhotoSection editor={editor} />
          <ParticipantRoster />
        </>
      )}
    </PopoverMenu>
  );
}
