import type { SyntheticEvent } from "react";
import type * as Y from "yjs";
import { useYMapValue } from "./useYMapValue.ts";

interface ConclusionFieldProps {
  fields: Y.Map<string>;
  fieldKey: string;
  readOnly: boolean;
  placeholder: string;
  labelId: string;
  /** Shown while the map has no value for the key (a value kept elsewhere before). */
  fallback?: string;
}

/** Keep the canvas from treating typing, clicks and scrolling in the field as canvas input. */
const stop = (e: SyntheticEvent) => e.stopPropagation();

/**
 * A conclusion text area bound to the board document's `fields` map, live both ways. Lives inside
 * the (locked) worksheet shape; read-only for viewers.
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
  return (
    <textarea
      className="wb-field__input"
      aria-labelledby={labelId}
      data-testid={`field-${fieldKey}`}
      value={value}
      readOnly={readOnly}
      placeholder={readOnly ? "" : placeholder}
      onChange={(e) => {
        if (!readOnly) fields.set(fieldKey, e.target.value);
      }}
      onPointerDown={stop}
      onPointerUp={stop}
      onPointerMove={stop}
      onClick={stop}
      onDoubleClick={stop}
      onKeyDown={stop}
      onKeyUp={stop}
      onWheel={stop}
      onTouchStart={stop}
      onTouchEnd={stop}
      onCopy={stop}
      onCut={stop}
      onPaste={stop}
    />
  );
}
