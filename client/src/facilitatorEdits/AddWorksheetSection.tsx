import { LIMITS, type WorksheetPlacement } from "@wijkbord/shared";
import { CATALOGUE, localizeForWijk } from "@wijkbord/worksheets";
import { useId, useState } from "react";
import { type Editor, type Signal, useValue } from "tldraw";
import type * as Y from "yjs";
import { useSessionContext } from "../app/SessionContext.tsx";
import { showWorksheet } from "../camera/showWorksheet.ts";
import { worksheetBounds } from "../camera/worksheetBounds.ts";
import { hiddenPlacements } from "../hiding/hiddenPlacements.ts";
import { addWorksheet } from "./addWorksheet.ts";
import { FACILITATOR_EDITS_MESSAGES } from "./facilitatorEditsMessages.ts";

/**
 * "Werkblad toevoegen": pick a worksheet from the catalogue; it is appended to the agenda after the
 * others, every client draws it, and this facilitator's camera moves to it.
 */
export function AddWorksheetSection({
  editor,
  control,
  placements,
  hidden,
  onAdded,
}: {
  editor: Editor | null;
  control: Y.Doc;
  placements: Signal<WorksheetPlacement[]>;
  /** The facilitators' hidden worksheets (`hiddenPlacements`); null without the document. */
  hidden: Y.Map<unknown> | null;
  onAdded(): void;
}) {
  const { locale, wijk } = useSessionContext();
  const m = FACILITATOR_EDITS_MESSAGES[locale];
  const count = useValue("placementCount", () => placements.get().length, [placements]);
  const [choice, setChoice] = useState(CATALOGUE[0]?.id ?? "");
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const full = count >= LIMITS.maxWorksheetsPerSession;

  const add = () => {
    const result = addWorksheet(control, placements.get(), choice, hiddenPlacements(hidden));
    if (!result.ok) {
      setError(result.reason === "limit" ? m.addLimit : m.addUnknown);
      return;
    }
    setError(null);
    const bounds = worksheetBounds(result.placement);
    if (editor && bounds) showWorksheet(editor, bounds);
    onAdded();
  };

  return (
    <section className="wb-fac__section" aria-labelledby={`${id}-heading`}>
      <h3 className="wb-fac__heading" id={`${id}-heading`}>
        {m.addHeading}
      </h3>
      <select
        className="wb-session-menu__select"
        data-testid="add-worksheet-select"
        aria-label={m.addLabel}
        value={choice}
        onChange={(e) => {
          setChoice(e.target.value);
          setError(null);
        }}
      >
        {CATALOGUE.map((w) => (
          <option key={w.id} value={w.id}>
            {localizeForWijk(w.title, locale, wijk)}
          </option>
        ))}
      </select>
      <div className="wb-fac__row">
        <button
          type="button"
          className="wb-button utrecht-button utrecht-button--secondary-action wb-fac__small"
          data-testid="add-worksheet-submit"
          disabled={full}
          onClick={add}
        >
          {m.add}
        </button>
        <span className="wb-fac__hint" data-testid="add-worksheet-count" data-count={count}>
          {m.addCount}: {count} / {LIMITS.maxWorksheetsPerSession}
        </span>
      </div>
      {(error ?? (full ? m.addLimit : null)) && (
        <p className="wb-fac__error" role="alert" data-testid="add-worksheet-error">
          {error ?? m.addLimit}
        </p>
      )}
    </section>
  );
}
