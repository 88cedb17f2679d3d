import { type RefObject, useEffect } from "react";
import { focusTrapTarget } from "./focusTrapTarget.ts";

const TABBABLE = [
  "a[href]",
  "button:not([disabled])",
  "input:not([disabled])",
  "select:not([disabled])",
  "textarea:not([disabled])",
  '[tabindex]:not([tabindex="-1"])',
].join(",");

/** The controls in `dialog` that Tab reaches now: enabled, shown, in document order. */
function tabbableIn(dialog: HTMLElement): HTMLElement[] {
  return [...dialog.querySelectorAll<HTMLElement>(TABBABLE)].filter(
    (el) => el.tabIndex >= 0 && !el.closest("[hidden], [inert]") && el.getClientRects().length > 0,
  );
}

/**
 * For a dialog with `aria-modal="true"`: while it is mounted, Tab and Shift+Tab go round its own
 * controls (from the last to the first and back) and never onto the canvas or the top bar behind
 * it. The controls are read at each key press, since they change while the dialog is open (buttons
 * disabled while busy, a link that appears). Escape and giving focus back (`useReturnFocus`) stay
 * with the dialog.
 */
export function useFocusTrap(dialog: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    // Capture: the dialog decides before anything behind it (tldraw's own key handling) sees Tab.
    const onKeyDown = (e: KeyboardEvent) => {
      const root = dialog.current;
      if (e.key !== "Tab" || e.altKey || e.ctrlKey || e.metaKey || !root) return;
      // Not shown (inside a closed menu that keeps it mounted): nothing to keep the focus in.
      if (root.getClientRects().length === 0) return;
      const active = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      const inside = active !== null && root.contains(active);
      const target = focusTrapTarget(tabbableIn(root), active, inside, e.shiftKey, root);
      if (target === null) return;
      e.preventDefault();
      target.focus();
    };
    document.addEventListener("keydown", onKeyDown, true);
    return () => document.removeEventListener("keydown", onKeyDown, true);
  }, [dialog]);
}
