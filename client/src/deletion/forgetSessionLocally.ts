/**
 * Removes what this browser keeps of a session (`wijkbord:<purpose>:<sessionId>`: identity, link
 * token, personal and voting secrets) from localStorage and sessionStorage, once it is deleted.
 */
export function forgetSessionLocally(sessionId: string, stores: Storage[] = [localStorage, sessionStorage]) {
  const suffix = `:${sessionId}`;
  for (const store of stores) {
    const keys = Array.from({ length: store.length }, (_, i) => store.key(i));
    for (const key of keys) if (key?.startsWith("wijkbord:") && key.endsWith(suffix)) store.removeItem(key);
  }
}
