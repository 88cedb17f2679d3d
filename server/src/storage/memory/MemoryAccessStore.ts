import type { MemberStatus, Role } from "@wijkbord/shared";
import { hashesEqual } from "../../auth/tokens.ts";
import type { AccessStore, MemberRecord, RegisterOutcome } from "../AccessStore.ts";
import { bytesKey } from "./bytesKey.ts";
import { copyBytes } from "./copyBytes.ts";
import { MemoryTables } from "./MemoryTables.ts";

const copy = (m: MemberRecord): MemberRecord => ({ ...m, secretHash: copyBytes(m.secretHash) });

/** AccessStore of a MemoryStorage. */
export class MemoryAccessStore implements AccessStore {
  constructor(private readonly tables: MemoryTables) {}

  async rotateTokens(
    sessionId: string,
    replaced: { role: Role; hash: Uint8Array }[],
    sealedTokens: Uint8Array,
  ): Promise<void> {
    const t = this.tables.open();
    // Applied to a copy that replaces the tokens only when every step succeeded.
    const tokens = new Map(t.tokens);
    for (const { role, hash } of replaced) {
      for (const [key, token] of tokens) {
        if (token.sessionId === sessionId && token.role === role) tokens.delete(key);
      }
      const key = bytesKey(hash);
      if (tokens.has(key)) throw new Error("token hash in use");
      t.requireSession(sessionId);
      tokens.set(key, { hash: copyBytes(hash), sessionId, role });
    }
    t.tokens = tokens;
    const session = t.sessions.get(sessionId);
    if (session) t.sessions.set(sessionId, { ...session, sealedTokens: copyBytes(sealedTokens) });
  }

  async registerMember(
    sessionId: string,
    participantId: string,
    secretHash: Uint8Array,
    max: number,
  ): Promise<RegisterOutcome> {
    const t = this.tables.open();
    const members = t.members.get(sessionId) ?? new Map<string, MemberRecord>();
    const known = members.get(participantId);
    if (known) {
      return hashesEqual(known.secretHash, secretHash)
        ? { ok: true, member: copy(known) }
        : { ok: false, reason: "taken" };
    }
    if (this.bySecret(members, secretHash)) return { ok: false, reason: "taken" };
    if (members.size >= max) return { ok: false, reason: "full" };
    t.requireSession(sessionId);
    const member: MemberRecord = { participantId, secretHash: copyBytes(secretHash), status: "participant" };
    MemoryTables.inner(t.members, sessionId).set(participantId, member);
    return { ok: true, member: copy(member) };
  }

  async memberById(sessionId: string, participantId: string): Promise<MemberRecord | undefined> {
    const member = this.tables.open().members.get(sessionId)?.get(participantId);
    return member && copy(member);
  }

  async memberBySecret(sessionId: string, secretHash: Uint8Array): Promise<MemberRecord | undefined> {
    const member = this.bySecret(this.tables.open().members.get(sessionId), secretHash);
    return member && copy(member);
  }

  async setMemberStatus(sessionId: string, participantId: string, status: MemberStatus): Promise<void> {
    const member = this.tables.open().members.get(sessionId)?.get(participantId);
    if (member) member.status = status;
  }

  private bySecret(members: Map<string, MemberRecord> | undefined, secretHash: Uint8Array) {
    const key = bytesKey(secretHash);
    for (const member of members?.values() ?? []) if (bytesKey(member.secretHash) === key) return member;
    return undefined;
  }
}
