import { PATHS, type Role, type SessionLinks } from "@wijkbord/shared";

/**
 * The link a role opens. The token sits in the fragment, so browsers never send it to a server
 * (no access logs, no Referer); the app moves it into API and WebSocket requests itself.
 */
export function sessionLink(publicUrl: string, sessionId: string, token: string): string {
  return `${publicUrl}${PATHS.app}/${sessionId}#token=${token}`;
}

export function sessionLinks(
  publicUrl: string,
  sessionId: string,
  tokens: Record<Role, string>,
): SessionLinks {
  return {
    facilitator: sessionLink(publicUrl, sessionId, tokens.facilitator),
    participant: sessionLink(publicUrl, sessionId, tokens.participant),
    viewer: sessionLink(publicUrl, sessionId, tokens.viewer),
  };
}
