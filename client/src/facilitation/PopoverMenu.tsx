import { type ReactNode, type RefObject, useCallback, useContext, useEffect, useMemo, useState } from "react";
import {
  type BusyInMenu,
  type EnclosingMenu,
  EnclosingMenuContext,
  nextBusy,
  shownBusy,
} from "./EnclosingMenu.ts";
import { usePopover } from "./usePopover.ts";
import "../ui/spinner.css";

/**
 * A top-bar menu: a "Label ▾" toggle and, while open, a panel (`wb-fac__panel`) that closes on an
 * outside click or Escape. Test hooks: `<testId>-toggle` and `<testId>`; the panel's id is
 * `wb-<testId>`. `children` gets `close` for actions that should close the menu.
 *
 * `keepMounted` keeps the panel's contents mounted (hidden) while closed, for a menu that holds
 * other controls: an export still running, a dialog opened from it or a typed-in field survive
 * closing it, and an alert (`role="alert"`, e.g. an export that failed) appearing inside while it
 * is closed opens it, so the message is seen.
 *
 * Controls inside reach the menu through `EnclosingMenuContext`: a dialog gives focus back to the
 * toggle when its opener is gone (`useReturnFocus`), and something still running shows on the
 * toggle (`useBusyInMenu`: a spinner, `aria-busy`, its label as title and in the accessible name).
 * `close` gives focus back to the toggle when it was inside the panel (it would be lost otherwise).
 */
export function PopoverMenu({
  testId,
  label,
  title,
  disabled,
  panel = "section",
  panelClassName,
  keepMounted = false,
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
  keepMounted?: boolean;
  onToggle?: () => void;
  children: (close: () => void) => ReactNode;
}) {
  const { open, setOpen, root, toggle } = usePopover<HTMLDivElement, HTMLButtonElement>();
  useOpenOnNewAlert(root, keepMounted, setOpen);
  const [busy, setBusyIn] = useState<BusyInMenu>(() => new Map());
  const busyLabel = shownBusy(busy);
  const focusToggle = useCallback(() => toggle.current?.focus(), [toggle]);
  const setBusy = useCallback(
    (key: symbol, label: string | null) => setBusyIn((b) => nextBusy(b, key, label)),
    [],
  );
  const reveal = useCallback(() => setOpen(true), [setOpen]);
  const close = useCallback(() => {
    const hadFocus = root.current?.contains(document.activeElement) ?? false;
    setOpen(false);
    if (hadFocus) focusToggle();
  }, [root, setOpen, focusToggle]);
  // Inner first: its toggle, which gets the focus back, sits in the outer menu.
  const outer = useContext(EnclosingMenuContext);
  const closeAll = useCallback(() => {
    close();
    outer?.closeAll();
  }, [close, outer]);
  const enclosing = useMemo<EnclosingMenu>(
    () => ({ focusToggle, setBusy, reveal, closeAll }),
    [focusToggle, setBusy, reveal, closeAll],
  );
  const Panel = panel;
  return (
    <div className="wb-fac" ref={root}>
      <button
        ref={toggle}
        type="button"
        className="wb-button utrecht-button utrecht-button--secondary-action"
        data-testid={`${testId}-toggle`}
        title={busyLabel ?? title}
        aria-label={busyLabel ? `${label}: ${busyLabel}` : undefined}
        aria-busy={busyLabel ? true : undefined}
        aria-expanded={open}
        aria-controls={`wb-${testId}`}
        disabled={disabled}
        onClick={() => {
          onToggle?.();
          setOpen((o) => !o);
        }}
      >
        {busyLabel && <span className="wb-spinner" data-testid={`${testId}-busy`} aria-hidden="true" />}
        {label} ▾
      </button>
      {(open || keepMounted) && (
        <Panel
          className={panelClassName ? `wb-fac__panel ${panelClassName}` : "wb-fac__panel"}
          id={`wb-${testId}`}
          data-testid={testId}
          aria-label={title}
          hidden={!open}
        >
          <EnclosingMenuContext.Provider value={enclosing}>{children(close)}</EnclosingMenuContext.Provider>
        </Panel>
      )}
    </div>
  );
}

/** Opens the menu whenever an alert that was not there before appears inside `root`. */
function useOpenOnNewAlert(
  root: RefObject<HTMLElement | null>,
  enabled: boolean,
  setOpen: (open: boolean) => void,
) {
  useEffect(() => {
    const el = root.current;
    if (!enabled || !el) return;
    const alerts = () => el.querySelectorAll('[role="alert"]');
    const seen = new WeakSet<Element>(alerts());
    const observer = new MutationObserver(() => {
      let fresh = false;
      for (const alert of alerts()) {
        if (seen.has(alert)) continue;
        seen.add(alert);
        fresh = true;
      }
      if (fresh) setOpen(true);
    });
    observer.observe(el, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [root, enabled, setOpen]);
}
