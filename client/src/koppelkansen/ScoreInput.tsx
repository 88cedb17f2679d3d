import type { InputError, ParsedInput } from "@wijkbord/worksheets";
import { useState } from "react";
import { LOCKED_CONTROL_CLASS, lockedAttributes } from "../locking/lockedAttributes.ts";

interface ScoreInputProps {
  /** The stored value; undefined = none. */
  value: number | undefined;
  label: string;
  readOnly: boolean;
  /** Why it is read-only while the facilitator locked the worksheet (its title), else undefined. */
  lockedNote?: string | undefined;
  parse(text: string): ParsedInput;
  /**
   * Called with a valid value (null = cleared); the caller writes it and returns false when the
   * write was refused (the worksheet was locked meanwhile): the stored value shows again.
   */
  onValue(value: number | null): boolean;
  /** Called with what was refused and why, or null once a valid value was entered. */
  onRefused(refused: { text: string; error: InputError } | null): void;
  onFocus?: () => void;
  invalid: boolean;
  testId?: string;
  className?: string;
}

/** A lone sign is a number being typed, not a mistake: neither written nor refused. */
const INCOMPLETE = /^\s*[-+\u2212]\s*$/;

/**
 * A number typed into a cell: valid input is written at once, invalid input is never written and
 * reported. A text input, not type="number": browsers turn invalid text in a number input into "",
 * which would read as "clear this score".
 */
export function ScoreInput({
  value,
  label,
  readOnly,
  lockedNote,
  parse,
  onValue,
  onRefused,
  onFocus,
  invalid,
  testId,
  className,
}: ScoreInputProps) {
  // What the person is typing, while focused; otherwise the stored (possibly remote) value shows.
  const [draft, setDraft] = useState<string | null>(null);
  const stored = value === undefined ? "" : String(value);
  return (
    <input
      type="text"
      inputMode="numeric"
      className={`kk-score ${invalid ? "kk-score--invalid" : ""} ${className ?? ""}${lockedNote ? ` ${LOCKED_CONTROL_CLASS}` : ""}`}
      aria-label={label}
      aria-invalid={invalid}
      data-testid={testId}
      value={draft ?? stored}
      readOnly={readOnly}
      {...lockedAttributes(lockedNote)}
      onFocus={onFocus}
      onChange={(e) => {
        if (readOnly) return;
        const text = e.target.value;
        setDraft(text);
        if (INCOMPLETE.test(text)) return;
        const parsed = parse(text);
        if (parsed.ok) {
          if (!onValue(parsed.value)) setDraft(null);
          onRefused(null);
        } else {
          onRefused({ text, error: parsed.error });
        }
      }}
      onBlur={() => setDraft(null)}
    />
  );
}
