import {
  type MemberAction,
  type MemberResponse,
  MemberResponseSchema,
  membersPaths,
  type RotatableRole,
  RotateLinksResponseSchema,
  type SessionLinks,
} from "@wijkbord/shared";
import { fetchSession, type Parser, request } from "../app/apiClient.ts";

export interface RolesApi {
  /** The current links (another tab of the facilitator may have replaced one), or null. */
  links(): Promise<SessionLinks | null>;
  /** A participant tells the server which id its personal secret belongs to. */
  registerMe(participantId: string, secret: string): Promise<MemberResponse>;
  /** Facilitator link only: new links for `roles`; the old ones stop working. */
  rotate(roles: RotatableRole[]): Promise<SessionLinks>;
  /** Facilitator link only: make co-facilitator or remove. */
  act(participantId: string, action: MemberAction): Promise<MemberResponse>;
}

/** The links and people API (`membersPaths`) with this browser's credential. */
export function rolesApi(sessionId: string, credential: string): RolesApi {
  const post = <T>(path: string, body: unknown, schema: Parser<T>) =>
    request(
      path,
      {
        method: "POST",
        headers: { authorization: `Bearer ${credential}`, "content-type": "application/json" },
        body: JSON.stringify(body),
      },
      schema,
    );
  return {
    links: async () => (await fetchSession(sessionId, credential)).links ?? null,
    registerMe: (participantId, secret) =>
      post(membersPaths.me(sessionId), { participantId, secret }, MemberResponseSchema),
    rotate: async (roles) =>
      (await post(membersPaths.rotate(sessionId), { roles }, RotateLinksResponseSchema)).links,
    act: (participantId, action) =>
      post(membersPaths.action(sessionId, participantId, action), {}, MemberResponseSchema),
  };
}
