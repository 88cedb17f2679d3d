import type { LoginRecord, OrganiserStore, OwnedSessionRow, SessionOwner } from "../OrganiserStore.ts";
import { bytesKey } from "./bytesKey.ts";
import { copyBytes } from "./copyBytes.ts";
import type { MemoryTables } from "./MemoryTables.ts";

const copyLogin = (l: LoginRecord): LoginRecord => ({ ...l, idHash: copyBytes(l.idHash) });

/** OrganiserStore of a MemoryStorage. */
export class MemoryOrganiserStore implements OrganiserStore {
  constructor(private readonly tables: MemoryTables) {}

  async createLogin(login: LoginRecord): Promise<void> {
    const t = this.tables.open();
    const key = bytesKey(login.idHash);
    if (t.logins.has(key)) throw new Error("login id in use");
    t.logins.set(key, copyLogin(login));
  }

  async findLogin(idHash: Uint8Array): Promise<LoginRecord | undefined> {
    const login = this.tables.open().logins.get(bytesKey(idHash));
    return login && copyLogin(login);
  }

  async takeLogin(idHash: Uint8Array): Promise<LoginRecord | undefined> {
    const t = this.tables.open();
    const key = bytesKey(idHash);
    const login = t.logins.get(key);
    t.logins.delete(key);
    return login && copyLogin(login);
  }

  async deleteExpiredLogins(before: string): Promise<number> {
    const t = this.tables.open();
    let deleted = 0;
    for (const [key, login] of t.logins) {
      if (login.expiresAt < before) {
        t.logins.delete(key);
        deleted += 1;
      }
    }
    return deleted;
  }

  async setOwner(sessionId: string, owner: SessionOwner): Promise<void> {
    const t = this.tables.open();
    t.requireSession(sessionId);
    if (t.owners.has(sessionId)) throw new Error(`session ${sessionId} is owned`);
    t.owners.set(sessionId, { ...owner, archived: false, tokenKey: null });
  }

  async ownerOf(sessionId: string): Promise<(SessionOwner & { archived: boolean }) | undefined> {
    const owner = this.tables.open().owners.get(sessionId);
    return owner && { subject: owner.subject, team: owner.team, archived: owner.archived };
  }

  async setArchived(sessionId: string, archived: boolean): Promise<void> {
    const owner = this.tables.open().owners.get(sessionId);
    if (owner) owner.archived = archived;
  }

  async grantOwnerToken(sessionId: string, hash: Uint8Array): Promise<void> {
    const t = this.tables.open();
    const owner = t.owners.get(sessionId);
    if (!owner) throw new Error(`session ${sessionId} has no owner`);
    const key = bytesKey(hash);
    if (t.tokens.has(key)) throw new Error("token hash in use");
    if (owner.tokenKey) t.tokens.delete(owner.tokenKey);
    t.tokens.set(key, { hash: copyBytes(hash), sessionId, role: "facilitator" });
    owner.tokenKey = key;
  }

  async listOwned(subject: string, teams: readonly string[], limit: number): Promise<OwnedSessionRow[]> {
    const t = this.tables.open();
    const rows: OwnedSessionRow[] = [];
    for (const [id, owner] of t.owners) {
      const session = t.sessions.get(id);
      if (!session) continue;
      if (owner.subject !== subject && !(owner.team !== null && teams.includes(owner.team))) continue;
      rows.push({
        id,
        title: session.title,
        wijk: session.wijk,
        createdAt: session.createdAt,
        lastActive: t.lastActive.get(id) ?? session.createdAt,
        owner: { subject: owner.subject, team: owner.team },
        archived: owner.archived,
        participants: t.members.get(id)?.size ?? 0,
        notes: t.notesOf(id),
      });
    }
    rows.sort((a, b) =>
      a.createdAt !== b.createdAt
        ? a.createdAt < b.createdAt
          ? 1
          : -1
        : a.id < b.id
          ? -1
          : a.id > b.id
            ? 1
            : 0,
    );
    return rows.slice(0, limit);
  }
}
