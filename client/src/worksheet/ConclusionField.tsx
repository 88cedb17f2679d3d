import type * as Y from "yjs";
import { stopCanvasInputAndWheel } from "../board/stopCanvasInput.ts";
import { lockedAttributes, lockedClass } from "../locking/lockedAttributes.ts";
import { useWorksheetAccess } from "../locking/useWorksheetAccess.ts";
import { useYMapValue } from "../sync/useYMapValue.ts";
import { fieldInstanceId } from "./fieldInstanceId.ts";
import "../locking/lockedControls.css";

interface ConclusionFieldProps {
  fields: Y.Map<string>;
  /** `${instanceId}/${fieldId}`: the worksheet whose lock applies too. */
  fieldKey: string;
  /** Read-only for this user whatever the lock (viewers; others on the facilitator's own fields). */
  readOnly: boolean;
  placeholder: string;
  labelId: string;
  /** Shown while the map has no value for the key (a value kept elsewhere before). */
  fallback?: string;
}

/**
 * A conclusion text area bound to the board document's `fields` map, live both ways. Lives inside
 * the (locked) worksheet shape and in the text outline; read-only for viewers, and for participants
 * while the facilitator locked the worksheet (saying so in its title), checked again on each change.
 */
export function ConclusionField({
  fields,
  fieldKey,
  readOnly,
  placeholder,
  labelId,
  fallback = "",
}: ConclusionFieldProps) {
  const value = useYMapValue(fields, fieldKey) || fallback;
  const access = useWorksheetAccess(fieldInstanceId(fieldKey));
  // The facilitator's own fields are read-only for the others anyway: no lock to explain there.
  const lockedNote = readOnly ? undefined : access.lockedNote;
  const shownReadOnly = readOnly || access.readOnly;
  return (
    <textarea
      className={lockedClass("wb-field__input", lockedNote)}
      aria-labelledby={labelId}
      data-testid={`field-${fieldKey}`}
      value={value}
      readOnly={shownReadOnly}
      placeholder={shownReadOnly ? "" : placeholder}
      {...lockedAttributes(lockedNote)}
      onChange={(e) => {
        if (!readOnly && access.mayWriteNow()) fields.set(fieldKey, e.target.value);
      }}
      {...stopCanvasInputAndWheel}
    />
  );
}
