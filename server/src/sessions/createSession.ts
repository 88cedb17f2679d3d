import type { CreateSessionRequest, CreateSessionResponse, DocName, Role } from "@wijkbord/shared";
import { layoutSession } from "@wijkbord/worksheets";
import { sealTokens } from "../auth/sealTokens.ts";
import { generateSessionId, generateToken, hashToken } from "../auth/tokens.ts";
import type { Storage } from "../storage/Storage.ts";
import { seedControlDoc } from "./seedControlDoc.ts";
import { sessionLinks } from "./sessionLinks.ts";

/**
 * Creates a session with one fresh token per role and its seeded control document. The plain
 * tokens exist only in the returned links; storage gets their hashes (and the sealed copy the
 * facilitator can open). `request` must be validated, worksheet ids included.
 */
export async function createSession(
  storage: Storage,
  request: CreateSessionRequest,
  publicUrl: string,
  now: Date = new Date(),
): Promise<CreateSessionResponse> {
  const id = generateSessionId();
  const tokens: Record<Role, string> = {
    facilitator: generateToken(),
    participant: generateToken(),
    viewer: generateToken(),
  };
  const createdAt = now.toISOString();
  const worksheets = layoutSession(request.worksheets);
  const initialDocs = new Map<DocName, Uint8Array>([
    ["control", seedControlDoc({ title: request.title, wijk: request.wijk, createdAt, worksheets })],
  ]);
  await storage.createSession(
    {
      id,
      title: request.title,
      wijk: request.wijk,
      createdAt,
      worksheets,
      sealedTokens: sealTokens(
        { participant: tokens.participant, viewer: tokens.viewer },
        tokens.facilitator,
        id,
      ),
    },
    (Object.keys(tokens) as Role[]).map((role) => ({ hash: hashToken(tokens[role]), sessionId: id, role })),
    initialDocs,
  );
  return { id, links: sessionLinks(publicUrl, id, tokens) };
}
