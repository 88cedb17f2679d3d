import { type AuditEntry, AuditListResponseSchema, PATHS } from "@wijkbord/shared";
import { request } from "../app/apiClient.ts";

/** The session's "Logboek", oldest first (facilitator link). */
export async function listAudit(sessionId: string, token: string): Promise<AuditEntry[]> {
  return (
    await request(
      `${PATHS.sessions}/${encodeURIComponent(sessionId)}/audit`,
      { headers: { authorization: `Bearer ${token}` } },
      AuditListResponseSchema,
    )
  ).entries;
}
