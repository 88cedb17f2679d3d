import type { CreateSessionResponse, Role, SessionFromTemplateRequest, Template } from "@wijkbord/shared";
import { sealTokens } from "../auth/sealTokens.ts";
import { generateSessionId, generateToken, hashToken } from "../auth/tokens.ts";
import { sessionLinks } from "../sessions/sessionLinks.ts";
import type { Storage } from "../storage/Storage.ts";
import { seedFromTemplate } from "./seedFromTemplate.ts";

/**
 * "Nieuwe werksessie uit sjabloon": a new session, with fresh tokens like `createSession`, whose
 * documents start as the template sets them up. The plain tokens exist only in the returned links.
 */
export async function createSessionFromTemplate(
  storage: Storage,
  template: Template,
  request: SessionFromTemplateRequest,
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
  await storage.createSession(
    {
      id,
      title: request.title,
      wijk: request.wijk,
      createdAt,
      worksheets: template.worksheets,
      sealedTokens: sealTokens(
        { participant: tokens.participant, viewer: tokens.viewer },
        tokens.facilitator,
        id,
      ),
    },
    (Object.keys(tokens) as Role[]).map((role) => ({ hash: hashToken(tokens[role]), sessionId: id, role })),
    seedFromTemplate(template, { title: request.title, wijk: request.wijk, createdAt }),
  );
  return { id, links: sessionLinks(publicUrl, id, tokens) };
}
