import type { MemberStatus, Role } from "@wijkbord/shared";

/** One participant the server knows: the browser's id and a hash of its personal secret. */
export interface MemberRecord {
  participantId: string;
  secretHash: Uint8Array;
  status: MemberStatus;
}

export type RegisterOutcome = { ok: true; member: MemberRecord } | { ok: false; reason: "taken" | "full" };

/**
 * Who may use a session beyond the link tokens themselves: replacing a role's token (link
 * rotation) and the facilitator's per-person grants and bans (`members`, migration 4). Each method
 * is one transaction; members are per session (the same id or secret may register in another).
 */
export interface AccessStore {
  /**
   * Replaces the token hashes of `replaced` roles and the sealed tokens in one transaction: from
   * then on only the new tokens open the session for those roles; other roles keep theirs. Fails,
   * changing nothing, when a new hash is already in use or the session does not exist.
   */
  rotateTokens(
    sessionId: string,
    replaced: { role: Role; hash: Uint8Array }[],
    sealedTokens: Uint8Array,
  ): Promise<void>;
  /**
   * Records participant id → secret hash, with status "participant". Registering the same pair
   * again changes nothing and answers the member as it is (a removed one stays removed), also when
   * the session is full; an id or a secret already bound to another is refused ("taken"), so nobody
   * can take over a registration; a new one beyond `max` members (removed ones count) is refused
   * ("full"). Fails for a session that does not exist.
   */
  registerMember(
    sessionId: string,
    participantId: string,
    secretHash: Uint8Array,
    max: number,
  ): Promise<RegisterOutcome>;
  /** The member of that session with this id, or undefined. */
  memberById(sessionId: string, participantId: string): Promise<MemberRecord | undefined>;
  /** The member of that session with this secret hash, or undefined. */
  memberBySecret(sessionId: string, secretHash: Uint8Array): Promise<MemberRecord | undefined>;
  /** Sets a registered member's status; of an unknown participant, changes nothing (no error). */
  setMemberStatus(sessionId: string, participantId: string, status: MemberStatus): Promise<void>;
}
