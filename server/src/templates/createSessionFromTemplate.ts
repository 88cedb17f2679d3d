import type { CreateSessionResponse, SessionFromTemplateRequest, Template } from "@wijkbord/shared";
import { sessionLinks } from "../sessions/sessionLinks.ts";
import { storeNewSession } from "../sessions/storeNewSession.ts";
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
  const createdAt = now.toISOString();
  const { id, tokens } = await storeNewSession(
    storage,
    { title: request.title, wijk: request.wijk, createdAt, worksheets: template.worksheets },
    seedFromTemplate(template, { title: request.title, wijk: request.wijk, createdAt }),
  );
  return { id, links: sessionLinks(publicUrl, id, tokens) };
}
