import { PRIVATE_DOC_PREFIX, PrivateDocNameSchema } from "@wijkbord/shared";

const key = (sessionId: string) => `wijkbord:private:${sessionId}`;

/** 16 random bytes as base64url: 22 characters, 128 bits nobody can guess. */
export function newPrivateDocName(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  const base64 = btoa(String.fromCharCode(...bytes));
  return `${PRIVATE_DOC_PREFIX}${base64.replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "")}`;
}

/**
 * This browser's private document in a session (private mode). Its name is the secret that keeps
 * the notes in it private, so it never leaves this browser except as the document it opens; kept in
 * localStorage so a reload finds its private notes again.
 */
export function loadPrivateDocName(sessionId: string, storage: Storage = localStorage): string {
  try {
    const stored = storage.getItem(key(sessionId));
    if (stored && PrivateDocNameSchema.safeParse(stored).success) return stored;
    const name = newPrivateDocName();
    storage.setItem(key(sessionId), name);
    return name;
  } catch {
    // No storage (private browsing): this page's own secret.
    return newPrivateDocName();
  }
}
