import {
  PATHS,
  PRIVATE_STATUS_PATH_SUFFIX,
  type PrivateStatus,
  PrivateStatusSchema,
  REVEAL_PATH_SUFFIX,
  type RevealResponse,
  RevealResponseSchema,
} from "@wijkbord/shared";
import { type Parser, request } from "../app/apiClient.ts";

const call = <T>(path: string, token: string, schema: Parser<T>, body?: unknown): Promise<T> =>
  request(
    path,
    body === undefined
      ? { headers: { authorization: `Bearer ${token}` } }
      : {
          method: "POST",
          headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
          body: JSON.stringify(body),
        },
    schema,
  );

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
