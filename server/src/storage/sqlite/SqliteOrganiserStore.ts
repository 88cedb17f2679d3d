import type Database from "better-sqlite3";
import { NOTES_SQL } from "../notesSql.ts";
import type { LoginRecord, OrganiserStore, OwnedSessionRow, SessionOwner } from "../OrganiserStore.ts";

interface LoginRow {
  id_hash: Buffer;
  expires_at: string;
  data: string;
}

interface OwnedRow {
  id: string;
  title: string;
  wijk: string;
  created_at: string;
  last_active: string;
  owner_subject: string;
  team: string | null;
  archived: number;
  participants: number;
  notes: number | null;
}

const toLogin = (row: LoginRow): LoginRecord => ({
  idHash: new Uint8Array(row.id_hash),
  expiresAt: row.expires_at,
  data: row.data,
});

/** OrganiserStore in the server's SQLite database (`organiser_logins`, `session_owners`). */
export class SqliteOrganiserStore implements OrganiserStore {
  private readonly stmts;
  private readonly grant;

  constructor(private readonly db: Database.Database) {
    this.stmts = {
      createLogin: db.prepare("INSERT INTO organiser_logins (id_hash, expires_at, data) VALUES (?, ?, ?)"),
      findLogin: db.prepare("SELECT * FROM organiser_logins WHERE id_hash = ?"),
      takeLogin: db.prepare("DELETE FROM organiser_logins WHERE id_hash = ? RETURNING *"),
      deleteExpired: db.prepare("DELETE FROM organiser_logins WHERE expires_at < ?"),
      setOwner: db.prepare("INSERT INTO session_owners (session_id, owner_subject, team) VALUES (?, ?, ?)"),
      ownerOf: db.prepare("SELECT owner_subject, team, archived FROM session_owners WHERE session_id = ?"),
      setArchived: db.prepare("UPDATE session_owners SET archived = ? WHERE session_id = ?"),
      ownerToken: db.prepare("SELECT owner_token_hash FROM session_owners WHERE session_id = ?"),
      deleteToken: db.prepare("DELETE FROM tokens WHERE hash = ? AND session_id = ?"),
      insertToken: db.prepare("INSERT INTO tokens (hash, session_id, role) VALUES (?, ?, 'facilitator')"),
      setOwnerToken: db.prepare("UPDATE session_owners SET owner_token_hash = ? WHERE session_id = ?"),
    };
    this.grant = db.transaction((sessionId: string, hash: Uint8Array) => {
      const row = this.stmts.ownerToken.get(sessionId) as { owner_token_hash: Buffer | null } | undefined;
      if (!row) throw new Error(`session ${sessionId} has no owner`);
      if (row.owner_token_hash) this.stmts.deleteToken.run(row.owner_token_hash, sessionId);
      this.stmts.insertToken.run(hash, sessionId);
      this.stmts.setOwnerToken.run(hash, sessionId);
    });
  }

  async createLogin(login: LoginRecord): Promise<void> {
    this.stmts.createLogin.run(login.idHash, login.expiresAt, login.data);
  }

  async findLogin(idHash: Uint8Array): Promise<LoginRecord | undefined> {
    const row = this.stmts.findLogin.get(idHash) as LoginRow | undefined;
    return row && toLogin(row);
  }

  async takeLogin(idHash: Uint8Array): Promise<LoginRecord | undefined> {
    const row = this.stmts.takeLogin.get(idHash) as LoginRow | undefined;
    return row && toLogin(row);
  }

  async deleteExpiredLogins(before: string): Promise<number> {
    return this.stmts.deleteExpired.run(before).changes;
  }

  async setOwner(sessionId: string, owner: SessionOwner): Promise<void> {
    this.stmts.setOwner.run(sessionId, owner.subject, owner.team);
  }

  async ownerOf(sessionId: string): Promise<(SessionOwner & { archived: boolean }) | undefined> {
    const row = this.stmts.ownerOf.get(sessionId) as
      | { owner_subject: string; team: string | null; archived: number }
      | undefined;
    return row && { subject: row.owner_subject, team: row.team, archived: row.archived === 1 };
  }

  async setArchived(sessionId: string, archived: boolean): Promise<void> {
    this.stmts.setArchived.run(archived ? 1 : 0, sessionId);
  }

  async grantOwnerToken(sessionId: string, hash: Uint8Array): Promise<void> {
    this.grant(sessionId, hash);
  }

  async listOwned(subject: string, teams: readonly string[], limit: number): Promise<OwnedSessionRow[]> {
    // The team list varies per organiser; a short one, so the statement is prepared per call.
    const inTeams = teams.length > 0 ? ` OR o.team IN (${teams.map(() => "?").join(", ")})` : "";
    const rows = this.db
      .prepare(
        `SELECT s.id, s.title, s.wijk, s.created_at,
                coalesce(s.last_active_at, s.created_at) AS last_active,
                o.owner_subject, o.team, o.archived,
                (SELECT count(*) FROM members m WHERE m.session_id = s.id) AS participants,
                ${NOTES_SQL} AS notes
         FROM session_owners o JOIN sessions s ON s.id = o.session_id
         WHERE o.owner_subject = ?${inTeams}
         ORDER BY s.created_at DESC, s.id LIMIT ?`,
      )
      .all(subject, ...teams, limit) as OwnedRow[];
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      wijk: r.wijk,
      createdAt: r.created_at,
      lastActive: r.last_active,
      owner: { subject: r.owner_subject, team: r.team },
      archived: r.archived === 1,
      participants: r.participants,
      notes: r.notes,
    }));
  }
}
