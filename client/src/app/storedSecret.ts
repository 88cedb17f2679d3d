/** `bytes` random bytes as base64url (no padding): unguessable, safe in URLs and storage keys. */
export function randomBase64Url(bytes: number): string {
  const raw = crypto.getRandomValues(new Uint8Array(bytes));
  return btoa(String.fromCharCode(...raw))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");
}

/**
 * A secret this browser keeps in localStorage under `key`: the stored one while it is `valid`,
 * else a new one from `create`, stored for next time. Without usable storage (private browsing)
 * the secret lasts for this page only.
 */
export function loadStoredSecret(
  key: string,
  create: () => string,
  valid: (stored: string) => boolean,
  storage: Storage = localStorage,
): string {
  try {
    const stored = storage.getItem(key);
    if (stored && valid(stored)) return stored;
  } catch {
    // Unreadable storage: a fresh secret for this page.
  }
  const secret = create();
  try {
    storage.setItem(key, secret);
  } catch {
    // Private browsing: the secret lasts for this page only.
  }
  return secret;
}

const SESSION_SECRET = /^[A-Za-z0-9_-]{22,128}$/;

/** A 192-bit secret of this browser for one session and one purpose (`wijkbord:<purpose>:<session>`). */
export function loadSessionSecret(
  purpose: string,
  sessionId: string,
  storage: Storage = localStorage,
): string {
  return loadStoredSecret(
    `wijkbord:${purpose}:${sessionId}`,
    () => randomBase64Url(24),
    (v) => SESSION_SECRET.test(v),
    storage,
  );
}
