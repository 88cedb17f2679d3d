const KEY = "wijkbord:timerSound";

/**
 * Whether this browser chimes when the timer runs out: on unless someone here switched it off
 * (kept in localStorage, for every session: a facilitator who works in a quiet room mutes once).
 */
export function loadTimerSound(storage: Storage | undefined = globalThis.localStorage): boolean {
  try {
    return storage?.getItem(KEY) !== "off";
  } catch {
    return true;
  }
}

export function saveTimerSound(on: boolean, storage: Storage | undefined = globalThis.localStorage): void {
  try {
    if (on) storage?.removeItem(KEY);
    else storage?.setItem(KEY, "off");
  } catch {
    // No storage (private browsing): the choice lasts for this page.
  }
}
