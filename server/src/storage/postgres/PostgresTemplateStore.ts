import type { Pool } from "pg";
import type { TemplateRecord, TemplateStore } from "../TemplateStore.ts";
import { type TemplateRow, templateFromRow } from "../templateRow.ts";

/** TemplateStore in PostgreSQL (`templates`, see migrations.ts). */
export class PostgresTemplateStore implements TemplateStore {
  constructor(private readonly db: () => Pool) {}

  async save(r: TemplateRecord): Promise<void> {
    await this.db().query(
      `INSERT INTO templates (id, format, created_at, creator_hash, owner_id, team_id, body)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        r.id,
        r.template.format,
        r.createdAt,
        r.creatorHash && Buffer.from(r.creatorHash),
        r.ownerId,
        r.teamId,
        JSON.stringify(r.template),
      ],
    );
  }

  async get(id: string): Promise<TemplateRecord | undefined> {
    const { rows } = await this.db().query<TemplateRow>("SELECT * FROM templates WHERE id = $1", [id]);
    return rows[0] && templateFromRow(rows[0]);
  }

  async listByCreator(creatorHash: Uint8Array, limit: number): Promise<TemplateRecord[]> {
    const { rows } = await this.db().query<TemplateRow>(
      `SELECT * FROM templates WHERE creator_hash = $1
       ORDER BY created_at COLLATE "C" DESC, id COLLATE "C" LIMIT $2`,
      [Buffer.from(creatorHash), limit],
    );
    return rows.map(templateFromRow);
  }

  async delete(id: string): Promise<void> {
    await this.db().query("DELETE FROM templates WHERE id = $1", [id]);
  }
}
