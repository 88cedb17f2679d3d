import { SESSION_COUNTS_PATH, type SessionCount, SessionCountsResponseSchema } from "@wijkbord/shared";
import { request } from "../app/apiClient.ts";
import type { BrowserSession } from "./browserSessions.ts";

/** The token in a facilitator link (`…#token=<token>`), or null. */
function tokenOf(link: string): string | null {
  try {
    return new URLSearchParams(new URL(link, location.href).hash.slice(1)).get("token");
  } catch {
    return null;
  }
}

/** Notes and participants of the werksessies made in this browser, by id; those the server knows. */
export async function browserSessionCounts(sessions: BrowserSession[]): Promise<Map<string, SessionCount>> {
  const withTokens = sessions.flatMap((s) => {
    const token = tokenOf(s.facilitatorLink);
    return token ? [{ id: s.id, token }] : [];
  });
  if (withTokens.length === 0) return new Map();
  const { counts } = await request(
    SESSION_COUNTS_PATH,
    {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ sessions: withTokens }),
    },
    SessionCountsResponseSchema,
  );
  return new Map(counts.map((c) => [c.id, c]));
}
