import { loadSessionSecret } from "../app/storedSecret.ts";

/**
 * This browser's voting secret in a session (192 random bits), created on first use and kept in
 * localStorage: a reload is the same voter. The server stores ballots only under a hash of it, so
 * nobody, the server's database included, can tell which person voted for which note.
 */
export function loadVoterSecret(sessionId: string, storage: Storage = localStorage): string {
  return loadSessionSecret("voter", sessionId, storage);
}
