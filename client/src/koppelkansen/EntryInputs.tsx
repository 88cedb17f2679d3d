import { LIMITS } from "@wijkbord/shared";
import { lockedAttributes, lockedClass } from "../locking/lockedAttributes.ts";
import type { EntryList, KoppelkansenWriter } from "./koppelkansenWriter.ts";

interface EntryTextInputProps {
  write: KoppelkansenWriter;
  list: EntryList;
  id: string;
  field: "name" | "verantwoordelijke" | "omdat" | "wie";
  value: string;
  label: string;
  readOnly: boolean;
  /** Why it is read-only while the facilitator locked the worksheet (its title), else undefined. */
  lockedNote?: string | undefined;
  placeholder?: string;
  className?: string;
}

/** One text field of one entry, written on every change (like a conclusion field), live both ways. */
export function EntryTextInput({
  write,
  list,
  id,
  field,
  value,
  label,
  readOnly,
  lockedNote,
  placeholder,
  className,
}: EntryTextInputProps) {
  return (
    <input
      type="text"
      className={lockedClass(`kk-input ${className ?? ""}`, lockedNote)}
      aria-label={label}
      value={value}
      // Longer values would fail the entry's schema and readers would skip the whole entry.
      maxLength={field === "omdat" ? LIMITS.maxKoppelkansNoteLength : LIMITS.maxKoppelkansNameLength}
      readOnly={readOnly}
      placeholder={readOnly ? "" : placeholder}
      {...lockedAttributes(lockedNote)}
      onChange={(e) => {
        if (!readOnly) write.setText(list, id, field, e.target.value);
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
  lockedNote,
}: {
  label: string;
  icon: string;
  onClick: () => void;
  disabled?: boolean;
  /** Set while the facilitator locked the worksheet: the button is disabled and says why. */
  lockedNote?: string | undefined;
}) {
  const off = disabled || lockedNote !== undefined;
  return (
    <button
      type="button"
      className={lockedClass("kk-icon-button", lockedNote)}
      aria-label={label}
      title={label}
      // aria-disabled keeps the button focusable, so keyboard users do not lose their place.
      aria-disabled={off}
      {...lockedAttributes(lockedNote)}
      onClick={() => {
        if (!off) onClick();
      }}
    >
      <span aria-hidden="true">{icon}</span>
    </button>
  );
}
