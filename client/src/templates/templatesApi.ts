import {
  type CreateSessionResponse,
  CreateSessionResponseSchema,
  PATHS,
  type SavedTemplateResponse,
  SavedTemplateResponseSchema,
  type SaveTemplateRequest,
  type SessionFromTemplateRequest,
  TEMPLATE_KEY_HEADER,
  TemplateListResponseSchema,
  type TemplateSummary,
} from "@wijkbord/shared";
import { ApiRequestError, request } from "../app/apiClient.ts";
import { saveBlob } from "../export/downloadExport.ts";
import { templateKey } from "./templateKey.ts";

const json = { "content-type": "application/json" };
const withKey = () => ({ [TEMPLATE_KEY_HEADER]: templateKey() });

/** The built-in templates and this browser's. */
export async function listTemplates(): Promise<TemplateSummary[]> {
  return (await request(PATHS.templates, { headers: withKey() }, TemplateListResponseSchema)).templates;
}

/** "Opslaan als sjabloon" (facilitator token). */
export function saveTemplate(
  sessionId: string,
  token: string,
  body: SaveTemplateRequest,
): Promise<SavedTemplateResponse> {
  return request(
    `${PATHS.sessions}/${encodeURIComponent(sessionId)}/templates`,
    {
      method: "POST",
      headers: { ...json, ...withKey(), authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    },
    SavedTemplateResponseSchema,
  );
}

/** "Nieuwe werksessie uit sjabloon". */
export function sessionFromTemplate(
  templateId: string,
  body: SessionFromTemplateRequest,
): Promise<CreateSessionResponse> {
  return request(
    `${PATHS.templates}/${encodeURIComponent(templateId)}/sessions`,
    { method: "POST", headers: json, body: JSON.stringify(body) },
    CreateSessionResponseSchema,
  );
}

/** Imports a template file's text; the server checks it (and answers in Dutch when it is wrong). */
export function importTemplate(text: string): Promise<SavedTemplateResponse> {
  return request(
    PATHS.templates,
    { method: "POST", headers: { ...json, ...withKey() }, body: text },
    SavedTemplateResponseSchema,
  );
}

/** Downloads the template as its JSON file. */
export async function downloadTemplate(templateId: string, name: string): Promise<void> {
  let res: Response;
  try {
    res = await fetch(`${PATHS.templates}/${encodeURIComponent(templateId)}`);
  } catch {
    throw new ApiRequestError(0, "network");
  }
  if (!res.ok) throw new ApiRequestError(res.status, `HTTP ${res.status}`);
  saveBlob(
    await res.blob(),
    `${name.replace(/[\\/:*?"<>|]/g, "").trim() || "sjabloon"}.wijkbord-sjabloon.json`,
  );
}
