import { FacilitatorNoteSchema, LIMITS, type WorksheetPlacement } from "@wijkbord/shared";
import { getWorksheet, localizeForWijk } from "@wijkbord/worksheets";
import { useId, useState } from "react";
import { type Editor, type Signal, useValue } from "tldraw";
import type * as Y from "yjs";
import { useSessionContext } from "../app/SessionContext.tsx";
import { PopoverMenu } from "../facilitation/PopoverMenu.tsx";
import { useYMapValue } from "../sync/useYMapValue.ts";
import { useFacilitatorToolsMessages } from "./useFacilitatorToolsMessages.ts";
import { worksheetInView } from "./worksheetInView.ts";

/**
 * "Mijn notities": the facilitator's script per worksheet, opened at the worksheet in view. It lives
 * in the facilitators' own document (`notes`), which the server never sends to anyone else.
 */
export function FacilitatorNotesMenu({
  editor,
  notes,
  placements,
}: {
  editor: Editor | null;
  notes: Y.Map<string>;
  placements: Signal<WorksheetPlacement[]>;
}) {
  const m = useFacilitatorToolsMessages();
  return (
    <PopoverMenu
      testId="facilitator-notes"
      label={m.notesMenu}
      title={m.notesMenuTitle}
      panelClassName="wb-notes"
    >
      {() => <NotesEditor editor={editor} notes={notes} placements={placements} />}
    </PopoverMenu>
  );
}

function NotesEditor({
  editor,
  notes,
  placements,
}: {
  editor: Editor | null;
  notes: Y.Map<string>;
  placements: Signal<WorksheetPlacement[]>;
}) {
  const { locale, wijk } = useSessionContext();
  const m = useFacilitatorToolsMessages();
  const id = useId();
  const list = useValue("placements", () => placements.get(), [placements]);
  const [chosen, setChosen] = useState<string | null>(() =>
    editor
      ? worksheetInView(placements.get(), editor.getViewportPageBounds())
      : (list[0]?.instanceId ?? null),
  );
  const instanceId = chosen ?? list[0]?.instanceId ?? "";
  const text = useYMapValue(notes, instanceId);
  return (
    <div className="wb-fac__section">
      <label className="wb-fac__heading" htmlFor={`${id}-sheet`}>
        {m.notesWorksheet}
      </label>
      <select
        id={`${id}-sheet`}
        data-testid="facilitator-notes-sheet"
        value={instanceId}
        onChange={(e) => setChosen(e.target.value)}
      >
        {list.map((p) => {
          const def = getWorksheet(p.worksheetId, p.version);
          return (
            <option key={p.instanceId} value={p.instanceId}>
              {def ? localizeForWijk(def.title, locale, wijk) : p.worksheetId}
            </option>
          );
        })}
      </select>
      <label className="wb-fac__heading" htmlFor={`${id}-text`}>
        {m.notesLabel}
      </label>
      <textarea
        id={`${id}-text`}
        className="wb-notes__text"
        data-testid="facilitator-notes-text"
        rows={8}
        maxLength={LIMITS.maxFacilitatorNoteLength}
        aria-describedby={`${id}-hint`}
        value={typeof text === "string" ? text : ""}
        onChange={(e) => {
          const value = FacilitatorNoteSchema.safeParse(e.target.value);
          if (!value.success || !instanceId) return;
          if (value.data === "") notes.delete(instanceId);
          else notes.set(instanceId, value.data);
        }}
      />
      <p className="wb-fac__hint" id={`${id}-hint`}>
        {m.notesHint}
      </p>
    </div>
  );
}
