import { LIMITS } from "@wijkbord/shared";
import { useSvgExportContext } from "tldraw";
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
  /**
   * Wraps instead of cutting a long text off: a text area as high as its lines (a succesfactor chip,
   * "Omdat…"). A name stays one paragraph (Enter adds no line); "Omdat…" may have several.
   */
  wrap?: boolean;
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
  wrap = false,
}: EntryTextInputProps) {
  const exporting = useSvgExportContext() !== null;
  // In an exported image a wrapping text area is its text (a text area there falls back to monospace).
  if (wrap && exporting) return <div className={`kk-input kk-input--wrap ${className ?? ""}`}>{value}</div>;
  const common = {
    className: lockedClass(`kk-input ${wrap ? "kk-input--wrap " : ""}${className ?? ""}`, lockedNote),
    "aria-label": label,
    value,
    // Longer values would fail the entry's schema and readers would skip the whole entry.
    maxLength: field === "omdat" ? LIMITS.maxKoppelkansNoteLength : LIMITS.maxKoppelkansNameLength,
    readOnly,
    placeholder: readOnly ? "" : placeholder,
    ...lockedAttributes(lockedNote),
  };
  if (!wrap) {
    return (
      <input
        type="text"
        {...common}
        onChange={(e) => {
          if (!readOnly) write.setText(list, id, field, e.target.value);
        }}
      />
    );
  }
  const oneParagraph = field !== "omdat";
  return (
    <textarea
      {...common}
      rows={1}
      aria-multiline={!oneParagraph}
      onKeyDown={(e) => {
        if (oneParagraph && e.key === "Enter") e.preventDefault();
      }}
      onChange={(e) => {
        const text = oneParagraph ? e.target.value.replace(/[\r\n]+/g, " ") : e.target.value;
        if (!readOnly) write.setText(list, id, field, text);
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
