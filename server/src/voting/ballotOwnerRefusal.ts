import type { Authenticated } from "../auth/requireRole.ts";
import type { AccessStore } from "../storage/AccessStore.ts";
import { VoteError } from "./VoteError.ts";

/**
 * Why this credential may not cast a ballot for `participantId`, or null when it may. Participant
 * ids are public (the board's `participants` map), so the id alone proves nothing: a participant
 * link votes only as the id it registered its personal secret with (`participants/me`); the
 * facilitator link, which registers nothing, only as an id no participant registered. Otherwise
 * anyone with the participant link could spend another person's votes and bind that person's
 * round to a voter secret the real voter does not have.
 */
export async function ballotOwnerRefusal(
  access: AccessStore,
  auth: Authenticated,
  participantId: string,
): Promise<VoteError | null> {
  const sessionId = auth.session.id;
  if (auth.memberHash) {
    const me = await access.memberBySecret(sessionId, auth.memberHash);
    if (me?.participantId === participantId) return null;
    return new VoteError(
      403,
      "not_your_participant",
      me
        ? "you can only vote as yourself: participantId must be the id you registered"
        : "register your participantId with your personal secret (participants/me) before voting",
    );
  }
  if (auth.tokenRole === "facilitator") {
    if (!(await access.memberById(sessionId, participantId))) return null;
    return new VoteError(
      403,
      "not_your_participant",
      "this participantId belongs to a participant; the facilitator link cannot vote as them",
    );
  }
  return new VoteError(
    403,
    "not_your_participant",
    "a participant votes with its personal secret: send <participant token>.<secret> as the Bearer token",
  );
}
