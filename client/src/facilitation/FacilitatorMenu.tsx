import type { ReactNode } from "react";
import { useFacilitationMessages } from "./FacilitationContext.tsx";
import { PopoverMenu } from "./PopoverMenu.tsx";

/**
 * The facilitator's "Meer ▾" in the top bar: the controls used now and then (locking, links and
 * people, the session, export and history), so the bar fits one row on a laptop. Each keeps its own
 * toggle and opens in place inside the menu; they stay mounted while the menu is closed (a running
 * export or an open history dialog is not lost), and an error from one of them opens the menu.
 */
export function FacilitatorMenu({ children }: { children: ReactNode }) {
  const m = useFacilitationMessages();
  return (
    <PopoverMenu
      testId="facilitator-menu"
      label={m.more}
      title={m.moreTitle}
      panelClassName="wb-more"
      keepMounted
    >
      {() => children}
    </PopoverMenu>
  );
}
