import { type RefObject, useEffect, useRef, useState } from "react";

/** Whether a menu or dialog opened inside `root` (not `own`, the popover's toggle) is still open. */
function hasOpenInner(root: HTMLElement | null, own: HTMLElement | null): boolean {
  if (!root) return false;
  const open = root.querySelectorAll('[aria-expanded="true"], [role="dialog"], [role="alertdialog"]');
  return [...open].some((el) => el !== own);
}

/**
 * Open/closed state of a small popover (ExportMenu style): a click outside closes it, Escape closes
 * it and gives focus back to its toggle button. A menu or dialog opened inside it (the facilitator's
 * "Meer" holds other menus) takes the Escape first: the next Escape closes this one.
 */
export function usePopover<R extends HTMLElement, T extends HTMLElement>(): {
  open: boolean;
  setOpen(open: boolean | ((o: boolean) => boolean)): void;
  root: RefObject<R | null>;
  toggle: RefObject<T | null>;
} {
  const [open, setOpen] = useState(false);
  const root = useRef<R>(null);
  const toggle = useRef<T>(null);
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    // This popover opened before anything inside it, so its listener runs first and still sees the inner one open.
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key !== "Escape" || hasOpenInner(root.current, toggle.current)) return;
      setOpen(false);
      toggle.current?.focus();
    };
    document.addEventListener("pointerdown", onPointerDown);
    document.addEventListener("keydown", onKeyDown);
    return () => {
      document.removeEventListener("pointerdown", onPointerDown);
      document.removeEventListener("keydown", onKeyDown);
    };
  }, [open]);
  return { open, setOpen, root, toggle };
}
