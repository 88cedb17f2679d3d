import type { InputError, ParsedInput } from "@wijkbord/worksheets";
import { useState } from "react";

interface ScoreInputProps {
  /** The stored value; undefined = none. */
  value: number | undefined;
  label: string;
  readOnly: boolean;
  parse(text: string): ParsedInput;
  /** Called with a valid value (null = cleared); the caller writes it. */
  onValue(value: number | null): void;
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
      className={`kk-score ${invalid ? "kk-score--invalid" : ""} ${className ?? ""}`}
      aria-label={label}
      aria-invalid={invalid}
      data-testid={testId}
      value={draft ?? stored}
      readOnly={readOnly}
      onFocus={onFocus}
      onChange={(e) => {
        if (readOnly) return;
        const text = e.target.value;
        setDraft(text);
        if (INCOMPLETE.test(text)) return;
        const parsed = parse(text);
        if (parsed.ok) {
          onValue(parsed.value);
          onRefused(null);
        } else {
          onRefused({ text, error: parsed.error });
        }
      }}
      onBlur={() => setDraft(null)}
    />
  );
}
