import { TOKEN_PARAM } from "@wijkbord/shared";
import type { Context } from "hono";
import { apiError } from "./apiError.ts";
import { authenticate, tokenFromRequest } from "./authenticate.ts";
import type { SessionRecord, Storage } from "./Storage.ts";

/**
 * The session of `:id` when the request carries its facilitator token; otherwise the error
 * response to send (404 unknown session, 401 missing or wrong token, 403 another role).
 */
export async function facilitatorSession(
  c: Context,
  storage: Storage,
  what: string,
): Promise<{ session: SessionRecord; error?: undefined } | { error: Response; session?: undefined }> {
  const token = tokenFromRequest(c.req.header("authorization"), c.req.query(TOKEN_PARAM));
  const auth = await authenticate(storage, c.req.param("id") ?? "", token);
  if (!auth.ok) {
    return {
      error:
        auth.reason === "unknown-session"
          ? apiError(c, 404, "not_found", "no such session")
          : apiError(c, 401, "unauthorized", "missing or invalid token for this session"),
    };
  }
  if (auth.role !== "facilitator") {
    return { error: apiError(c, 403, "forbidden", `only the facilitator can ${what}`) };
  }
  return { session: auth.session };
}
