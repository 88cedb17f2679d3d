import type { RotatableRole, SessionLinks } from "@wijkbord/shared";
import { sealTokens, unsealTokens } from "../auth/sealTokens.ts";
import { generateToken, hashToken } from "../auth/tokens.ts";
import { sessionLinks } from "../sessions/sessionLinks.ts";
import type { SessionRecord, Storage } from "../storage/Storage.ts";

/**
 * Gives `roles` new tokens: their old hashes are replaced and the sealed copy is sealed again with
 * the facilitator token (which is why only the facilitator link can rotate). Returns every link
 * afterwards, or null when the sealed tokens cannot be opened with `facilitatorToken`.
 */
export async function rotateLinks(
  storage: Storage,
  session: SessionRecord,
  facilitatorToken: string,
  roles: readonly RotatableRole[],
  publicUrl: string,
): Promise<SessionLinks | null> {
  // Read again: the caller serialises rotations, so this sees the previous one's result.
  const fresh = (await storage.getSession(session.id)) ?? session;
  const current = unsealTokens(fresh.sealedTokens, facilitatorToken, session.id);
  if (!current) return null;
  const next = { ...current };
  for (const role of roles) next[role] = generateToken();
  await storage.access.rotateTokens(
    session.id,
    roles.map((role) => ({ role, hash: hashToken(next[role]) })),
    sealTokens(next, facilitatorToken, session.id),
  );
  return sessionLinks(publicUrl, session.id, { facilitator: facilitatorToken, ...next });
}
