import type { ApiError, ApiErrorCode } from "@wijkbord/shared";
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { z } from "zod";

export type ApiIssue = NonNullable<ApiError["error"]["issues"]>[number];

/** Every API error has the same JSON shape (ApiErrorSchema) and one of the listed codes. */
export function apiError(
  c: Context,
  status: ContentfulStatusCode,
  code: ApiErrorCode,
  message: string,
  issues?: ApiIssue[],
) {
  const body: ApiError = { error: { code, message, ...(issues ? { issues } : {}) } };
  return c.json(body, status);
}

/** Zod issues as `{ path: "worksheets.0", message }`, the body root being "". */
export function issuesOf(error: z.ZodError): ApiIssue[] {
  return error.issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message }));
}

/** One sentence for people: the first issue, prefixed with where it is. */
export function summarize(issues: ApiIssue[]): string {
  const first = issues[0];
  if (!first) return "invalid request";
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : "";
  return `${first.path ? `${first.path}: ` : ""}${first.message}${more}`;
}
