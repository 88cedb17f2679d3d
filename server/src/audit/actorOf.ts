import { ACTOR_NAME_HEADER, type AuditActor, LIMITS } from "@wijkbord/shared";
import type { Context } from "hono";
import type { Authenticated } from "../auth/requireRole.ts";
import type { Storage } from "../storage/Storage.ts";

/** The display name the app sent (URI-encoded), trimmed to a display name's length; else none. */
function sentName(c: Context): string | undefined {
  const raw = c.req.header(ACTOR_NAME_HEADER);
  if (!raw) return undefined;
  let name: string;
  try {
    name = decodeURIComponent(raw);
  } catch {
    return undefined;
  }
  // Control characters would only garble the log; a name is printable text.
  const clean = name
    .replace(/\p{Cc}/gu, "")
    .trim()
    .slice(0, LIMITS.maxDisplayNameLength);
  return clean || undefined;
}

/**
 * Who makes this request, for the audit log: the facilitator link, a co-facilitator (by their
 * participant id) or, without a credential, the home page; with the name the app says they go by.
 */
export async function actorOf(c: Context, storage: Storage): Promise<AuditActor> {
  const auth = c.get("auth") as Authenticated | undefined;
  const name = sentName(c);
  const withName = (actor: AuditActor): AuditActor => (name ? { ...actor, name } : actor);
  if (!auth) return withName({ via: "home-page" });
  if (auth.tokenRole === "facilitator") return withName({ via: "facilitator-link" });
  const member = auth.memberHash && (await storage.access.memberBySecret(auth.session.id, auth.memberHash));
  return withName(
    member ? { via: "co-facilitator", memberId: member.participantId } : { via: "co-facilitator" },
  );
}
