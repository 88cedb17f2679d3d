const STORAGE_KEY = "wijkbord.templateKey";

/** 32 random bytes as base64url: the 43 characters the server expects. */
function newKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");
}

/**
 * This browser's template key: the server lists the templates saved with it (without sign-in a
 * template is its browser's; docs/privacy.md). Made once and kept in localStorage.
 */
export function templateKey(): string {
  try {
    const kept = localStorage.getItem(STORAGE_KEY);
    if (kept && /^[A-Za-z0-9_-]{43}$/.test(kept)) return kept;
    const key = newKey();
    localStorage.setItem(STORAGE_KEY, key);
    return key;
  } catch {
    // No storage (private browsing in some browsers): templates last as long as this page.
    sessionKey ??= newKey();
    return sessionKey;
  }
}

let sessionKey: string | undefined;
