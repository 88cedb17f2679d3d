import { credentialOf } from "@wijkbord/shared";
import { readSessionToken } from "../sessionIdentity.ts";

const secretKey = (sessionId: string) => `wijkbord:personal:${sessionId}`;
const VALID = /^[A-Za-z0-9_-]{22,128}$/;

function randomSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");
}

/**
 * This browser's personal secret in a session (192 random bits), kept in localStorage: what lets
 * the server tell participants apart although they share one link (co-facilitator, removed). Not
 * the voting secret: the server stores this one's hash next to the participant id, which it must
 * never do for the secret ballots are filed under.
 */
export function loadPersonalSecret(sessionId: string, storage: Storage = localStorage): string {
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

/** What this browser presents for a session: `<link token>.<personal secret>`, or null without a token. */
export function sessionCredential(sessionId: string): string | null {
  const token = readSessionToken(sessionId);
  return token ? credentialOf(token, loadPersonalSecret(sessionId)) : null;
}
