import { PRIVATE_DOC_PREFIX, PrivateDocNameSchema } from "@wijkbord/shared";
import { loadStoredSecret, randomBase64Url } from "../app/storedSecret.ts";

/** 16 random bytes as base64url: 22 characters, 128 bits nobody can guess. */
export function newPrivateDocName(): string {
  return `${PRIVATE_DOC_PREFIX}${randomBase64Url(16)}`;
}

/**
 * This browser's private document in a session (private mode). Its name is the secret that keeps
 * the notes in it private, so it never leaves this browser except as the document it opens; kept in
 * localStorage so a reload finds its private notes again.
 */
export function loadPrivateDocName(sessionId: string, storage: Storage = localStorage): string {
  const valid = (v: string) => PrivateDocNameSchema.safeParse(v).success;
  return loadStoredSecret(`wijkbord:private:${sessionId}`, newPrivateDocName, valid, storage);
}
