import { DeleteSessionResponseSchema, PATHS } from "@wijkbord/shared";
import { request } from "../app/apiClient.ts";

/** "Werksessie verwijderen" (facilitator link): resolves once the server deleted everything. */
export async function deleteSession(sessionId: string, token: string): Promise<void> {
  await request(
    `${PATHS.sessions}/${encodeURIComponent(sessionId)}`,
    { method: "DELETE", headers: { authorization: `Bearer ${token}` } },
    DeleteSessionResponseSchema,
  );
}
