import type { CreateSessionRequest, CreateSessionResponse, DocName } from "@wijkbord/shared";
import { layoutSession } from "@wijkbord/worksheets";
import type { Storage } from "../storage/Storage.ts";
import { seedControlDoc } from "./seedControlDoc.ts";
import { sessionLinks } from "./sessionLinks.ts";
import { storeNewSession } from "./storeNewSession.ts";

/**
 * Creates a session with one fresh token per role and its seeded control document. The plain
 * tokens exist only in the returned links. `request` must be validated, worksheet ids included.
 */
export async function createSession(
  storage: Storage,
  request: CreateSessionRequest,
  publicUrl: string,
  now: Date = new Date(),
): Promise<CreateSessionResponse> {
  const createdAt = now.toISOString();
  const worksheets = layoutSession(request.worksheets);
  const initialDocs = new Map<DocName, Uint8Array>([
    ["control", seedControlDoc({ title: request.title, wijk: request.wijk, createdAt, worksheets })],
  ]);
  const { id, tokens } = await storeNewSession(
    storage,
    { title: request.title, wijk: request.wijk, createdAt, worksheets },
    initialDocs,
  );
  return { id, links: sessionLinks(publicUrl, id, tokens) };
}
