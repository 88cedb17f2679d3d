/** Where the presence list's open/closed choice is kept: one choice for every session of this browser. */
const KEY = "wijkbord:presence-open";

/**
 * Whether the presence list starts open: as the user last left it, else open on a laptop and
 * closed on a phone, where it would cover half the canvas.
 */
export function loadPresenceOpen(
  smallScreen: boolean,
  storage: Pick<Storage, "getItem"> | undefined = globalThis.localStorage,
): boolean {
  try {
    const stored = storage?.getItem(KEY);
    if (stored === "open") return true;
    if (stored === "closed") return false;
  } catch {
    // Unreadable storage: the default for this screen.
  }
  return !smallScreen;
}

export function savePresenceOpen(
  open: boolean,
  storage: Pick<Storage, "setItem"> | undefined = globalThis.localStorage,
): void {
  try {
    storage?.setItem(KEY, open ? "open" : "closed");
  } catch {
    // Private browsing: remembered for this page only.
  }
}
