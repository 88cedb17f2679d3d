import {
  type CreateSessionResponse,
  CreateSessionResponseSchema,
  type Me,
  MeSchema,
  type OpenOwnedSessionResponse,
  OpenOwnedSessionResponseSchema,
  ORGANISER_PATHS,
  type OwnedSessionList,
  OwnedSessionListSchema,
  PATHS,
} from "@wijkbord/shared";
import { type Parser, request } from "../app/apiClient.ts";

// The login cookie goes along by itself (same origin); the server checks Origin on every write.
const sameOrigin: RequestInit = { credentials: "same-origin" };
const anything: Parser<unknown> = { safeParse: (data) => ({ success: true, data }) };
const base = ORGANISER_PATHS.sessions;
const post = (body?: unknown): RequestInit => ({
  ...sameOrigin,
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify(body ?? {}),
});

export function fetchMe(): Promise<Me> {
  return request(ORGANISER_PATHS.me, sameOrigin, MeSchema);
}

export function listOwnedSessions(): Promise<OwnedSessionList> {
  return request(base, sameOrigin, OwnedSessionListSchema);
}

export function openOwnedSession(id: string): Promise<OpenOwnedSessionResponse> {
  return request(`${base}/${encodeURIComponent(id)}/open`, post(), OpenOwnedSessionResponseSchema);
}

export async function archiveOwnedSession(id: string, archived: boolean): Promise<void> {
  await request(`${base}/${encodeURIComponent(id)}/archive`, post({ archived }), anything);
}

export function duplicateOwnedSession(id: string, withContent = false): Promise<CreateSessionResponse> {
  return request(
    `${base}/${encodeURIComponent(id)}/duplicate`,
    post(withContent ? { withContent } : undefined),
    CreateSessionResponseSchema,
  );
}

export async function deleteOwnedSession(id: string): Promise<void> {
  await request(`${base}/${encodeURIComponent(id)}`, { ...sameOrigin, method: "DELETE" }, anything);
}

export async function signOut(): Promise<void> {
  await fetch(ORGANISER_PATHS.logout, { ...sameOrigin, method: "POST" });
}

/** The PDF report of a session (the existing export), opened with an owner token. */
export function reportUrl(sessionId: string, token: string): string {
  return `${PATHS.sessions}/${encodeURIComponent(sessionId)}/export/pdf?token=${encodeURIComponent(token)}`;
}
