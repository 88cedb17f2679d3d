import {
  ACTOR_NAME_HEADER,
  ApiErrorSchema,
  type ClientConfig,
  ClientConfigSchema,
  type CreateSessionRequest,
  type CreateSessionResponse,
  CreateSessionResponseSchema,
  PATHS,
  REMOVED_ERROR_CODE,
  type SessionInfo,
  SessionInfoSchema,
} from "@wijkbord/shared";

/** An API call that failed: `status` 0 when the server could not be reached at all. */
export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = "ApiRequestError";
  }
}

const removedListeners = new Set<() => void>();

/**
 * Calls `listener` whenever an API answer says the facilitator removed this browser (403
 * `removed`, the same answer on every route), so the open board shows the removed page whichever
 * dialog made the call. Returns the undo.
 */
export function onRemovedAnswer(listener: () => void): () => void {
  removedListeners.add(listener);
  return () => removedListeners.delete(listener);
}

/** For the helpers that read error answers themselves: passes a removal on to the listeners. */
export function noticeRefusal(status: number, code: string | undefined): void {
  if (status !== 403 || code !== REMOVED_ERROR_CODE) return;
  for (const listener of [...removedListeners]) listener();
}

/** The part of a zod schema this module uses (zod itself is a dependency of `shared`, not of the client). */
export interface Parser<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false };
}

let actorName: string | null = null;

/** The facilitator's display name, sent with API requests for the session's audit log ("Logboek"). */
export function setActorName(name: string | null): void {
  actorName = name;
}

/** A JSON request whose answer is parsed with `schema`; failures become an ApiRequestError. */
export async function request<T>(url: string, init: RequestInit, schema: Parser<T>): Promise<T> {
  let res: Response;
  try {
    const actor: Record<string, string> = actorName
      ? { [ACTOR_NAME_HEADER]: encodeURIComponent(actorName) }
      : {};
    res = await fetch(url, { ...init, headers: { accept: "application/json", ...actor, ...init.headers } });
  } catch {
    throw new ApiRequestError(0, "network");
  }
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const err = ApiErrorSchema.safeParse(body);
    noticeRefusal(res.status, err.success ? err.data.error.code : undefined);
    throw err.success
      ? new ApiRequestError(res.status, err.data.error.message, err.data.error.code)
      : new ApiRequestError(res.status, `HTTP ${res.status}`);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new ApiRequestError(res.status, "unexpected response from the server");
  return parsed.data;
}

export function fetchConfig(): Promise<ClientConfig> {
  return request(PATHS.config, {}, ClientConfigSchema);
}

export function createSession(body: CreateSessionRequest): Promise<CreateSessionResponse> {
  return request(
    PATHS.sessions,
    { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) },
    CreateSessionResponseSchema,
  );
}

export function fetchSession(sessionId: string, token: string): Promise<SessionInfo> {
  return request(
    `${PATHS.sessions}/${encodeURIComponent(sessionId)}`,
    { headers: { authorization: `Bearer ${token}` } },
    SessionInfoSchema,
  );
}
