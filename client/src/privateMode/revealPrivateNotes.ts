import {
  ApiErrorSchema,
  PATHS,
  REVEAL_PATH_SUFFIX,
  type RevealResponse,
  RevealResponseSchema,
} from "@wijkbord/shared";
import { ApiRequestError } from "../apiClient.ts";

/** `POST /api/sessions/:id/private/reveal` with the facilitator's token. */
export async function revealPrivateNotes(
  sessionId: string,
  token: string,
  anonymous: boolean,
): Promise<RevealResponse> {
  let res: Response;
  try {
    res = await fetch(`${PATHS.sessions}/${encodeURIComponent(sessionId)}${REVEAL_PATH_SUFFIX}`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${token}`,
        "content-type": "application/json",
        accept: "application/json",
      },
      body: JSON.stringify({ anonymous }),
    });
  } catch {
    throw new ApiRequestError(0, "network");
  }
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const err = ApiErrorSchema.safeParse(body);
    throw new ApiRequestError(res.status, err.success ? err.data.error.message : `HTTP ${res.status}`);
  }
  const parsed = RevealResponseSchema.safeParse(body);
  if (!parsed.success) throw new ApiRequestError(res.status, "unexpected response from the server");
  return parsed.data;
}
