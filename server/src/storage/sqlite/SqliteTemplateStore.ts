import type Database from "better-sqlite3";
import type { TemplateRecord, TemplateStore } from "../TemplateStore.ts";
import { type TemplateRow, templateFromRow } from "../templateRow.ts";

/** TemplateStore in the server's SQLite database (`templates`, see migrations.ts). */
export class SqliteTemplateStore implements TemplateStore {
  private readonly stmts;

  constructor(db: Database.Database) {
    this.stmts = {
      save: db.prepare(
        "INSERT INTO templates (id, format, created_at, creator_hash, owner_id, team_id, body) VALUES (?, ?, ?, ?, ?, ?, ?)",
      ),
      get: db.prepare("SELECT * FROM templates WHERE id = ?"),
      listByCreator: db.prepare(
        "SELECT * FROM templates WHERE creator_hash = ? ORDER BY created_at DESC, id LIMIT ?",
      ),
      delete: db.prepare("DELETE FROM templates WHERE id = ?"),
    };
  }

  async save(r: TemplateRecord): Promise<void> {
    this.stmts.save.run(
      r.id,
      r.template.format,
      r.createdAt,
      r.creatorHash && Buffer.from(r.creatorHash),
      r.ownerId,
      r.teamId,
      JSON.stringify(r.template),
    );
  }

  async get(id: string): Promise<TemplateRecord | undefined> {
    const row = this.stmts.get.get(id) as TemplateRow | undefined;
    return row && templateFromRow(row);
  }

  async listByCreator(creatorHash: Uint8Array, limit: number): Promise<TemplateRecord[]> {
    return (this.stmts.listByCreator.all(Buffer.from(creatorHash), limit) as TemplateRow[]).map(
      templateFromRow,
    );
  }

  async delete(id: string): Promise<void> {
    this.stmts.delete.run(id);
  }
}
