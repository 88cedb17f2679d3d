import { REMOVED_ERROR_CODE } from "@wijkbord/shared";
import type { Context } from "hono";
import { apiError } from "../http/apiError.ts";
import type { AuthResult } from "./authenticate.ts";

/** The API answer to a refused credential: 404 unknown session, 403 removed person, else 401. */
export function authFailure(c: Context, reason: Extract<AuthResult, { ok: false }>["reason"]) {
  if (reason === "unknown-session") return apiError(c, 404, "not_found", "no such session");
  if (reason === "removed") {
    return apiError(c, 403, REMOVED_ERROR_CODE, "the facilitator removed you from this session");
  }
  return apiError(c, 401, "unauthorized", "missing or invalid token for this session");
}
