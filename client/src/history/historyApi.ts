import {
  type CreateSessionResponse,
  CreateSessionResponseSchema,
  HistoryKeepResponseSchema,
  HistoryListResponseSchema,
  type HistoryVersionInfo,
  PATHS,
} from "@wijkbord/shared";
import { request } from "../app/apiClient.ts";

const base = (sessionId: string) => `${PATHS.sessions}/${encodeURIComponent(sessionId)}/history`;
const auth = (token: string) => ({ authorization: `Bearer ${token}` });

/** The session's kept versions, newest first (facilitator token). */
export async function listVersions(sessionId: string, token: string): Promise<HistoryVersionInfo[]> {
  return (await request(base(sessionId), { headers: auth(token) }, HistoryListResponseSchema)).versions;
}

/** "Versie bewaren": keeps the session as it is now. */
export async function keepVersion(sessionId: string, token: string): Promise<HistoryVersionInfo> {
  return (await request(base(sessionId), { method: "POST", headers: auth(token) }, HistoryKeepResponseSchema))
    .version;
}

/** Restores a version as a new session; the current one stays as it is. */
export function restoreVersion(
  sessionId: string,
  token: string,
  versionId: number,
): Promise<CreateSessionResponse> {
  return request(
    `${base(sessionId)}/${versionId}/restore`,
    {
      method: "POST",
      headers: { ...auth(token), "content-type": "application/json" },
      body: JSON.stringify({ as: "new-session" }),
    },
    CreateSessionResponseSchema,
  );
}
