const secretKey = (sessionId: string) => `wijkbord:voter:${sessionId}`;
const VALID = /^[A-Za-z0-9_-]{22,128}$/;

function randomSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");
}

/**
 * This browser's voting secret in a session (192 random bits), created on first use and kept in
 * localStorage: a reload is the same voter. The server stores ballots only under a hash of it, so
 * nobody, the server's database included, can tell which person voted for which note.
 */
export function loadVoterSecret(sessionId: string, storage: Storage = localStorage): string {
  try {
    const stored = storage.getItem(secretKey(sessionId));
    if (stored && VALID.test(stored)) return stored;
  } catch {
    // Unreadable storage: a fresh secret for this page.
  }
  const secret = randomSecret();
  try {
    storage.setItem(secretKey(sessionId), secret);
  } catch {
    // Private mode: the secret lasts for this page only.
  }
  return secret;
}
