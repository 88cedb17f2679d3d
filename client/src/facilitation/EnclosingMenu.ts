import { createContext } from "react";

/**
 * What a control inside a top-bar menu (`PopoverMenu`) may ask of that menu: focus for its toggle
 * (where a dialog opened from the menu gives focus back when its opener is gone), and a busy state
 * shown on the toggle while the menu is closed (an export that keeps running in "Meer"), and
 * opening it.
 */
export interface EnclosingMenu {
  focusToggle(): void;
  /** `label` says what is running (title and accessible name of the toggle); null: done. */
  setBusy(key: symbol, label: string | null): void;
  /** Opens the menu, for what appears inside by itself and must be seen (a vote's result on a phone). */
  reveal(): void;
  /** Closes the menu and every menu it sits in, for a result that is on the board (a placed photo). */
  closeAll(): void;
}

export const EnclosingMenuContext = createContext<EnclosingMenu | null>(null);

/** What is running inside a menu, per control. */
export type BusyInMenu = ReadonlyMap<symbol, string>;

/** `busy` after the control `key` reported `label` (null: it is done). */
export function nextBusy(busy: BusyInMenu, key: symbol, label: string | null): BusyInMenu {
  if (label === null ? !busy.has(key) : busy.get(key) === label) return busy;
  const next = new Map(busy);
  if (label === null) next.delete(key);
  else next.set(key, label);
  return next;
}

/** The label the toggle shows: the one that started first, or null when nothing runs. */
export const shownBusy = (busy: BusyInMenu): string | null => busy.values().next().value ?? null;
