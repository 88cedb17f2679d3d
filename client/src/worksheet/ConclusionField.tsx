import { useSvgExportContext } from "tldraw";
import type * as Y from "yjs";
import { stopCanvasInputAndWheel } from "../board/stopCanvasInput.ts";
import { lockedAttributes, lockedClass } from "../locking/lockedAttributes.ts";
import { useWorksheetAccess } from "../locking/useWorksheetAccess.ts";
import { fieldInstanceId } from "./fieldInstanceId.ts";
import "../locking/lockedControls.css";

interface ConclusionFieldProps {
  /** Where this user's typing goes (the board's `fields`, or the control's `texts`). */
  map: Y.Map<string>;
  /** `${instanceId}/${fieldId}`: the worksheet whose lock applies too. */
  fieldKey: string;
  /** What the field shows now (see useFieldBinding: a kept name, the prefilled wijk…). */
  value: string;
  /** Read-only for this user whatever the lock (viewers; others on the facilitator's own fields). */
  readOnly: boolean;
  /** Why it is read-only, when that is worth saying: title, and placeholder while empty. */
  readOnlyNote?: string | undefined;
  placeholder: string;
  labelId: string;
}

/**
 * A worksheet's text area (a conclusion, a name), live both ways. Lives inside the (locked) worksheet
 * shape and in the text outline; read-only for viewers, for participants on a field the facilitator
 * keeps (looking and saying so), and for participants while the facilitator locked the worksheet
 * (saying so in its title), checked again on each change. Exported images show the text only, in the
 * worksheet's font: a plain block, never a placeholder (tldraw's export leaves out styles a text area
 * shares with its parent, so it would fall back to the browser's monospace).
 */
export function ConclusionField({
  map,
  fieldKey,
  value,
  readOnly,
  readOnlyNote,
  placeholder,
  labelId,
}: ConclusionFieldProps) {
  const access = useWorksheetAccess(fieldInstanceId(fieldKey));
  const exporting = useSvgExportContext() !== null;
  // The facilitator's own fields are read-only for the others anyway: no lock to explain there.
  const lockedNote = readOnly ? undefined : access.lockedNote;
  const shownReadOnly = readOnly || access.readOnly;
  const hint = shownReadOnly ? (readOnlyNote ?? "") : placeholder;
  const reserved = readOnlyNote !== undefined;
  if (exporting) {
    return <div className="wb-field__input wb-field__input--exported">{value}</div>;
  }
  return (
    <textarea
      className={lockedClass(`wb-field__input${reserved ? " wb-field__input--reserved" : ""}`, lockedNote)}
      aria-labelledby={labelId}
      data-testid={`field-${fieldKey}`}
      data-reserved={reserved ? "true" : undefined}
      value={value}
      readOnly={shownReadOnly}
      placeholder={hint}
      title={readOnlyNote}
      {...lockedAttributes(lockedNote)}
      onChange={(e) => {
        if (!readOnly && access.mayWriteNow()) map.set(fieldKey, e.target.value);
      }}
      {...stopCanvasInputAndWheel}
    />
  );
}
