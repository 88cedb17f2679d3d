interface StatusButtonsProps<S extends string> {
  /** Accessible name of the group (the row's or knooppunt's title). */
  label: string;
  options: ReadonlyArray<{ value: S; label: string }>;
  value: S | undefined;
  /** undefined = clear (the pressed button pressed again). */
  onChange(value: S | undefined): void;
  readOnly: boolean;
  hint: string;
  testId: string;
}

/**
 * One status out of a few, as toggle buttons with aria-pressed: Tab reaches each, Enter/Space sets it,
 * the pressed one pressed again clears it. Disabled for viewers (the server drops their writes anyway).
 */
export function StatusButtons<S extends string>(props: StatusButtonsProps<S>) {
  const { label, options, value, onChange, readOnly, hint, testId } = props;
  return (
    <fieldset className="sw-status" aria-label={label} data-testid={testId} data-status={value ?? ""}>
      {options.map((o) => (
        <button
          key={o.value}
          type="button"
          className={`sw-status__button sw-status__button--${o.value}`}
          aria-pressed={value === o.value}
          disabled={readOnly}
          title={value === o.value && !readOnly ? hint : undefined}
          onClick={() => onChange(value === o.value ? undefined : o.value)}
        >
          {o.label}
        </button>
      ))}
    </fieldset>
  );
}
