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
 * rotation) and the facilitator's per-person grants and bans (`members`, migration 4).
 */
export interface AccessStore {
  /**
   * Replaces the token hashes of `replaced` roles and the sealed tokens in one transaction: from
   * then on only the new tokens open the session for those roles.
   */
  rotateTokens(
    sessionId: string,
    replaced: { role: Role; hash: Uint8Array }[],
    sealedTokens: Uint8Array,
  ): Promise<void>;
  /**
   * Records participant id → secret hash. Registering the same pair again is a no-op; an id or a
   * secret already bound to another is refused ("taken"), so nobody can take over a registration;
   * a new one beyond `max` members is refused ("full").
   */
  registerMember(
    sessionId: string,
    participantId: string,
    secretHash: Uint8Array,
    max: number,
  ): Promise<RegisterOutcome>;
  memberById(sessionId: string, participantId: string): Promise<MemberRecord | undefined>;
  memberBySecret(sessionId: string, secretHash: Uint8Array): Promise<MemberRecord | undefined>;
  setMemberStatus(sessionId: string, participantId: string, status: MemberStatus): Promise<void>;
}
