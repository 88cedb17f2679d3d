import { useContext, useEffect, useState } from "react";
import { EnclosingMenuContext } from "./EnclosingMenu.ts";

/**
 * Shows `label` (e.g. "Export loopt…") as a busy state on the toggle of the menu around this
 * component, so it is seen while the menu is closed; null clears it. Without a menu around it,
 * nothing happens.
 */
export function useBusyInMenu(label: string | null): void {
  const menu = useContext(EnclosingMenuContext);
  const [key] = useState(() => Symbol("busy"));
  useEffect(() => {
    if (!menu || label === null) return;
    menu.setBusy(key, label);
    return () => menu.setBusy(key, null);
  }, [menu, key, label]);
}
