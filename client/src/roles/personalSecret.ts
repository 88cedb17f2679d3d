import { credentialOf } from "@wijkbord/shared";
import { readSessionToken } from "../app/sessionIdentity.ts";
import { loadSessionSecret } from "../app/storedSecret.ts";

/**
 * This browser's personal secret in a session (192 random bits), kept in localStorage: what lets
 * the server tell participants apart although they share one link (co-facilitator, removed). Not
 * the voting secret: the server stores this one's hash next to the participant id, which it must
 * never do for the secret ballots are filed under.
 */
export function loadPersonalSecret(sessionId: string, storage: Storage = localStorage): string {
  return loadSessionSecret("personal", sessionId, storage);
}

/** What this browser presents for a session: `<link token>.<personal secret>`, or null without a token. */
export function sessionCredential(sessionId: string): string | null {
  const token = readSessionToken(sessionId);
  return token ? credentialOf(token, loadPersonalSecret(sessionId)) : null;
}
