/**
 * Tells the home page, across the navigation after a deletion, to say that the session was
 * deleted. Only a flag, in this tab's sessionStorage: no title or id of what is gone.
 */
const KEY = "wijkbord.sessionDeleted";

export function noteSessionDeleted(storage: Storage = sessionStorage): void {
  storage.setItem(KEY, "1");
}

/** Whether a deletion is to be announced; reading it clears it, so it shows once. */
export function takeSessionDeleted(storage: Storage = sessionStorage): boolean {
  const deleted = storage.getItem(KEY) === "1";
  storage.removeItem(KEY);
  return deleted;
}
