import type { DocName, Role, WorksheetPlacement } from "@wijkbord/shared";
import { sealTokens } from "../auth/sealTokens.ts";
import { generateSessionId, generateToken, hashToken } from "../auth/tokens.ts";
import type { Storage } from "../storage/Storage.ts";

export interface NewSessionFields {
  title: string;
  wijk: string;
  createdAt: string;
  worksheets: WorksheetPlacement[];
}

export interface StoredNewSession {
  id: string;
  /** The plain tokens: they exist only here and in the links built from them. */
  tokens: Record<Role, string>;
}

/**
 * Stores a new session with one fresh token per role, in one transaction: storage gets the tokens'
 * hashes and the sealed copy only the facilitator token opens. Every way of making a session (new,
 * from a template, duplicated) goes through here, so none forgets a token or the sealing.
 */
export async function storeNewSession(
  storage: Storage,
  fields: NewSessionFields,
  /** The documents' initial states; a function when they name the new session's id (e.g. photo paths). */
  initialDocs: ReadonlyMap<DocName, Uint8Array> | ((id: string) => ReadonlyMap<DocName, Uint8Array>),
): Promise<StoredNewSession> {
  const id = generateSessionId();
  const tokens: Record<Role, string> = {
    facilitator: generateToken(),
    participant: generateToken(),
    viewer: generateToken(),
  };
  await storage.createSession(
    {
      id,
      ...fields,
      sealedTokens: sealTokens(
        { participant: tokens.participant, viewer: tokens.viewer },
        tokens.facilitator,
        id,
      ),
    },
    (Object.keys(tokens) as Role[]).map((role) => ({ hash: hashToken(tokens[role]), sessionId: id, role })),
    typeof initialDocs === "function" ? initialDocs(id) : initialDocs,
  );
  return { id, tokens };
}
