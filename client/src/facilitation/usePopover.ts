import { type RefObject, useEffect, useRef, useState } from "react";

/**
 * Open/closed state of a small popover (ExportMenu style): a click outside closes it, Escape closes
 * it and gives focus back to its toggle button.
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
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key !== "Escape") return;
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
