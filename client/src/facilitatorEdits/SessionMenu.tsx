import type { WorksheetPlacement } from "@wijkbord/shared";
import type { Editor, Signal } from "tldraw";
import type * as Y from "yjs";
import { usePopover } from "../facilitation/usePopover.ts";
import { useLocale } from "../LocaleProvider.tsx";
import { AddWorksheetSection } from "./AddWorksheetSection.tsx";
import { FACILITATOR_EDITS_MESSAGES } from "./facilitatorEditsMessages.ts";
import { WijkNameSection } from "./WijkNameSection.tsx";
import "./facilitatorEdits.css";

/**
 * The facilitator's "Werksessie" menu in the top bar: the wijk name and "Werkblad toevoegen".
 * Mount it for facilitators only; both write the control document, which the server accepts from
 * facilitators alone.
 */
export function SessionMenu({
  editor,
  control,
  placements,
}: {
  editor: Editor | null;
  control: Y.Doc;
  placements: Signal<WorksheetPlacement[]>;
}) {
  const m = FACILITATOR_EDITS_MESSAGES[useLocale().locale];
  const { open, setOpen, root, toggle } = usePopover<HTMLDivElement, HTMLButtonElement>();
  return (
    <div className="wb-fac" ref={root}>
      <button
        ref={toggle}
        type="button"
        className="wb-button"
        data-testid="session-menu-toggle"
        title={m.menuTitle}
        aria-expanded={open}
        aria-controls="wb-session-menu"
        onClick={() => setOpen((o) => !o)}
      >
        {m.menu} ▾
      </button>
      {open && (
        <section
          className="wb-fac__panel"
          id="wb-session-menu"
          data-testid="session-menu"
          aria-label={m.menuTitle}
        >
          <WijkNameSection control={control} />
          <AddWorksheetSection
            editor={editor}
            control={control}
            placements={placements}
            onAdded={() => setOpen(false)}
          />
        </section>
      )}
    </div>
  );
}
