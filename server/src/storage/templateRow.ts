import { TemplateSchema } from "@wijkbord/shared";
import type { TemplateRecord } from "./TemplateStore.ts";

/** A `templates` row as SQLite and PostgreSQL return it. */
export interface TemplateRow {
  id: string;
  created_at: string;
  creator_hash: Uint8Array | null;
  owner_id: string | null;
  team_id: string | null;
  body: string;
}

/** The record of a row; the body was valid when saved and is parsed again, as everything read is. */
export function templateFromRow(row: TemplateRow): TemplateRecord {
  return {
    id: row.id,
    createdAt: row.created_at,
    creatorHash: row.creator_hash && new Uint8Array(row.creator_hash),
    ownerId: row.owner_id,
    teamId: row.team_id,
    template: TemplateSchema.parse(JSON.parse(row.body)),
  };
}
