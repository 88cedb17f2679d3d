import "./statusButtons.css";

interface StatusButtonsProps<S extends string> {
  /** Accessible name of the group (the row's or knooppunt's title). */
  label: string;
  options: ReadonlyArray<{ value: S; label: string }>;
  value: S | undefined;
  /** undefined = clear (the pressed button pressed again). */
  onChange(value: S | undefined): void;
  readOnly: boolean;
  /** Set when the facilitator locked the worksheet: why the buttons are disabled. */
  lockedNote?: string | undefined;
  hint: string;
  testId: string;
}

/**
 * One status out of a few, as toggle buttons with aria-pressed: Tab reaches each, Enter/Space sets it,
 * the pressed one pressed again clears it. Disabled for viewers (the server drops their writes anyway)
 * and, saying why in each button's title, for participants on a locked worksheet.
 */
export function StatusButtons<S extends string>(props: StatusButtonsProps<S>) {
  const { label, options, value, onChange, readOnly, lockedNote, hint, testId } = props;
  return (
    <fieldset
      className={`sw-status${lockedNote ? " sw-status--locked" : ""}`}
      aria-label={label}
      data-testid={testId}
      data-status={value ?? ""}
      data-locked={lockedNote ? "true" : undefined}
      title={lockedNote}
    >
      {options.map((o) => (
        <button
          key={o.value}
          type="button"
          className={`sw-status__button sw-status__button--${o.value}`}
          aria-pressed={value === o.value}
          disabled={readOnly}
          title={lockedNote ?? (value === o.value && !readOnly ? hint : undefined)}
          onClick={() => onChange(value === o.value ? undefined : o.value)}
        >
          {o.label}
        </button>
      ))}
    </fieldset>
  );
}
