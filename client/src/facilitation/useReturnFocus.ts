import { useContext, useEffect, useRef, useState } from "react";
import { EnclosingMenuContext } from "./EnclosingMenu.ts";

/** Whether focus can go back to `el`: still in the page, shown and enabled. */
function canTakeFocus(el: HTMLElement | null): el is HTMLElement {
  if (!el?.isConnected || el.closest("[hidden]")) return false;
  if ((el as HTMLButtonElement).disabled) return false;
  return el.getClientRects().length > 0;
}

/** Whether focus was lost with the dialog (it was inside it): only then is it moved. */
const focusLost = () => {
  const active = document.activeElement;
  return !active || active === document.body || !active.isConnected;
};

/**
 * For a dialog: when it closes, focus goes back to the control that had it when the dialog opened,
 * or, if that control is gone (a menu item whose menu closed), to the toggle of the menu around
 * the dialog. Call it in the dialog's component: the opener is read during its first render,
 * before React removes anything from the page.
 */
export function useReturnFocus(): void {
  const menu = useContext(EnclosingMenuContext);
  const [opener] = useState(() =>
    document.activeElement instanceof HTMLElement && document.activeElement !== document.body
      ? document.activeElement
      : null,
  );
  const menuRef = useRef(menu);
  menuRef.current = menu;
  useEffect(
    () => () => {
      if (!focusLost()) return;
      if (canTakeFocus(opener)) opener.focus();
      else menuRef.current?.focusToggle();
    },
    [opener],
  );
}
