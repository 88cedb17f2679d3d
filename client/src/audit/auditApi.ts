import { type AuditEntry, AuditListResponseSchema, ORGANISER_PATHS, PATHS } from "@wijkbord/shared";
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

/** The same Logboek for its signed-in owner (or their team), through "Mijn werksessies". */
export async function listOwnedAudit(sessionId: string): Promise<AuditEntry[]> {
  return (
    await request(
      `${ORGANISER_PATHS.sessions}/${encodeURIComponent(sessionId)}/audit`,
      { credentials: "same-origin" },
      AuditListResponseSchema,
    )
  ).entries;
}
