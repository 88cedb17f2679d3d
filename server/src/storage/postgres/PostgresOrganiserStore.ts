import type { Pool } from "pg";
import { NOTES_SQL } from "../notesSql.ts";
import type { LoginRecord, OrganiserStore, OwnedSessionRow, SessionOwner } from "../OrganiserStore.ts";
import { inTransaction } from "./inTransaction.ts";

interface LoginRow {
  id_hash: Buffer;
  expires_at: string;
  data: string;
}

const toLogin = (row: LoginRow): LoginRecord => ({
  idHash: new Uint8Array(row.id_hash),
  expiresAt: row.expires_at,
  data: row.data,
});

/** OrganiserStore in PostgreSQL (`organiser_logins`, `session_owners`, see migrations.ts). */
export class PostgresOrganiserStore implements OrganiserStore {
  constructor(private readonly db: () => Pool) {}

  async createLogin(login: LoginRecord): Promise<void> {
    await this.db().query("INSERT INTO organiser_logins (id_hash, expires_at, data) VALUES ($1, $2, $3)", [
      Buffer.from(login.idHash),
      login.expiresAt,
      login.data,
    ]);
  }

  async findLogin(idHash: Uint8Array): Promise<LoginRecord | undefined> {
    const { rows } = await this.db().query<LoginRow>("SELECT * FROM organiser_logins WHERE id_hash = $1", [
      Buffer.from(idHash),
    ]);
    return rows[0] && toLogin(rows[0]);
  }

  async takeLogin(idHash: Uint8Array): Promise<LoginRecord | undefined> {
    const { rows } = await this.db().query<LoginRow>(
      "DELETE FROM organiser_logins WHERE id_hash = $1 RETURNING *",
      [Buffer.from(idHash)],
    );
    return rows[0] && toLogin(rows[0]);
  }

  async deleteExpiredLogins(before: string): Promise<number> {
    const result = await this.db().query('DELETE FROM organiser_logins WHERE expires_at COLLATE "C" < $1', [
      before,
    ]);
    return result.rowCount ?? 0;
  }

  async setOwner(sessionId: string, owner: SessionOwner): Promise<void> {
    await this.db().query(
      "INSERT INTO session_owners (session_id, owner_subject, team) VALUES ($1, $2, $3)",
      [sessionId, owner.subject, owner.team],
    );
  }

  async ownerOf(sessionId: string): Promise<(SessionOwner & { archived: boolean }) | undefined> {
    const { rows } = await this.db().query<{ owner_subject: string; team: string | null; archived: boolean }>(
      "SELECT owner_subject, team, archived FROM session_owners WHERE session_id = $1",
      [sessionId],
    );
    const row = rows[0];
    return row && { subject: row.owner_subject, team: row.team, archived: row.archived };
  }

  async setArchived(sessionId: string, archived: boolean): Promise<void> {
    await this.db().query("UPDATE session_owners SET archived = $1 WHERE session_id = $2", [
      archived,
      sessionId,
    ]);
  }

  async grantOwnerToken(sessionId: string, hash: Uint8Array): Promise<void> {
    await inTransaction(this.db(), async (client) => {
      const { rows } = await client.query<{ owner_token_hash: Buffer | null }>(
        "SELECT owner_token_hash FROM session_owners WHERE session_id = $1 FOR UPDATE",
        [sessionId],
      );
      const row = rows[0];
      if (!row) throw new Error(`session ${sessionId} has no owner`);
      if (row.owner_token_hash) {
        await client.query("DELETE FROM tokens WHERE hash = $1 AND session_id = $2", [
          row.owner_token_hash,
          sessionId,
        ]);
      }
      await client.query("INSERT INTO tokens (hash, session_id, role) VALUES ($1, $2, 'facilitator')", [
        Buffer.from(hash),
        sessionId,
      ]);
      await client.query("UPDATE session_owners SET owner_token_hash = $1 WHERE session_id = $2", [
        Buffer.from(hash),
        sessionId,
      ]);
    });
  }

  async listOwned(subject: string, teams: readonly string[], limit: number): Promise<OwnedSessionRow[]> {
    const { rows } = await this.db().query<{
      id: string;
      title: string;
      wijk: string;
      created_at: string;
      last_active: string;
      owner_subject: string;
      team: string | null;
      archived: boolean;
      participants: string;
      notes: number | null;
    }>(
      `SELECT s.id, s.title, s.wijk, s.created_at,
              coalesce(s.last_active_at, s.created_at) AS last_active,
              o.owner_subject, o.team, o.archived,
              (SELECT count(*) FROM members m WHERE m.session_id = s.id) AS participants,
              ${NOTES_SQL} AS notes
       FROM session_owners o JOIN sessions s ON s.id = o.session_id
       WHERE o.owner_subject = $1 OR o.team = ANY($2::text[])
       ORDER BY s.created_at COLLATE "C" DESC, s.id COLLATE "C" LIMIT $3`,
      [subject, [...teams], limit],
    );
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      wijk: r.wijk,
      createdAt: r.created_at,
      lastActive: r.last_active,
      owner: { subject: r.owner_subject, team: r.team },
      archived: r.archived,
      participants: Number(r.participants),
      notes: r.notes === null ? null : Number(r.notes),
    }));
  }
}
