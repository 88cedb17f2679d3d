import {
  ApiErrorSchema,
  PATHS,
  PRIVATE_STATUS_PATH_SUFFIX,
  type PrivateStatus,
  PrivateStatusSchema,
  REVEAL_PATH_SUFFIX,
  type RevealResponse,
  RevealResponseSchema,
} from "@wijkbord/shared";
import { ApiRequestError, noticeRefusal } from "../apiClient.ts";

interface Parser<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false };
}

async function call<T>(path: string, token: string, schema: Parser<T>, body?: unknown): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, {
      method: body === undefined ? "GET" : "POST",
      headers: {
        authorization: `Bearer ${token}`,
        accept: "application/json",
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    throw new ApiRequestError(0, "network");
  }
  const json: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const err = ApiErrorSchema.safeParse(json);
    noticeRefusal(res.status, err.success ? err.data.error.code : undefined);
    throw new ApiRequestError(res.status, err.success ? err.data.error.message : `HTTP ${res.status}`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new ApiRequestError(res.status, "unexpected response from the server");
  return parsed.data;
}

const base = (sessionId: string) => `${PATHS.sessions}/${encodeURIComponent(sessionId)}`;

/** `POST /api/sessions/:id/private/reveal` with the facilitator's token. */
export function revealPrivateNotes(
  sessionId: string,
  token: string,
  anonymous: boolean,
): Promise<RevealResponse> {
  return call(`${base(sessionId)}${REVEAL_PATH_SUFFIX}`, token, RevealResponseSchema, { anonymous });
}

/** `GET /api/sessions/:id/private`: how many notes wait for the reveal. */
export function fetchPrivateStatus(sessionId: string, token: string): Promise<PrivateStatus> {
  return call(`${base(sessionId)}${PRIVATE_STATUS_PATH_SUFFIX}`, token, PrivateStatusSchema);
}
