import { LIMITS } from "@wijkbord/shared";
import type * as Y from "yjs";
import { setText } from "./koppelkansenActions.ts";
import type { EntryMap } from "./koppelkansenMaps.ts";

interface EntryTextInputProps {
  map: Y.Map<EntryMap>;
  id: string;
  field: "name" | "verantwoordelijke" | "omdat" | "wie";
  value: string;
  label: string;
  readOnly: boolean;
  placeholder?: string;
  className?: string;
}

/** One text field of one entry, written on every change (like a conclusion field), live both ways. */
export function EntryTextInput({
  map,
  id,
  field,
  value,
  label,
  readOnly,
  placeholder,
  className,
}: EntryTextInputProps) {
  return (
    <input
      type="text"
      className={`kk-input ${className ?? ""}`}
      aria-label={label}
      value={value}
      // Longer values would fail the entry's schema and readers would skip the whole entry.
      maxLength={field === "omdat" ? LIMITS.maxKoppelkansNoteLength : LIMITS.maxKoppelkansNameLength}
      readOnly={readOnly}
      placeholder={readOnly ? "" : placeholder}
      onChange={(e) => {
        if (!readOnly) setText(map, id, field, e.target.value);
      }}
    />
  );
}

/** A small icon button with its action spelled out for screen readers and as a tooltip. */
export function IconButton({
  label,
  icon,
  onClick,
  disabled = false,
}: {
  label: string;
  icon: string;
  onClick: () => void;
  disabled?: boolean;
}) {
  return (
    <button
      type="button"
      className="kk-icon-button"
      aria-label={label}
      title={label}
      // aria-disabled keeps the button focusable, so keyboard users do not lose their place.
      aria-disabled={disabled}
      onClick={() => {
        if (!disabled) onClick();
      }}
    >
      <span aria-hidden="true">{icon}</span>
    </button>
  );
}
