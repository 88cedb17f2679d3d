import type { ReactNode } from "react";
import { usePopover } from "./usePopover.ts";

/**
 * A top-bar menu: a "Label ▾" toggle and, while open, a panel (`wb-fac__panel`) that closes on an
 * outside click or Escape. Test hooks: `<testId>-toggle` and `<testId>`; the panel's id is
 * `wb-<testId>`. `children` gets `close` for actions that should close the menu.
 */
export function PopoverMenu({
  testId,
  label,
  title,
  disabled,
  panel = "section",
  panelClassName,
  onToggle,
  children,
}: {
  testId: string;
  label: string;
  title: string;
  disabled?: boolean;
  /** The panel's element: a list (`ol`) where the menu is a list of items. */
  panel?: "section" | "ol";
  panelClassName?: string;
  onToggle?: () => void;
  children: (close: () => void) => ReactNode;
}) {
  const { open, setOpen, root, toggle } = usePopover<HTMLDivElement, HTMLButtonElement>();
  const Panel = panel;
  return (
    <div className="wb-fac" ref={root}>
      <button
        ref={toggle}
        type="button"
        className="wb-button"
        data-testid={`${testId}-toggle`}
        title={title}
        aria-expanded={open}
        aria-controls={`wb-${testId}`}
        disabled={disabled}
        onClick={() => {
          onToggle?.();
          setOpen((o) => !o);
        }}
      >
        {label} ▾
      </button>
      {open && (
        <Panel
          className={panelClassName ? `wb-fac__panel ${panelClassName}` : "wb-fac__panel"}
          id={`wb-${testId}`}
          data-testid={testId}
          aria-label={title}
        >
          {children(() => setOpen(false))}
        </Panel>
      )}
    </div>
  );
}
