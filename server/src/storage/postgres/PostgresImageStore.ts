import type { ImageMime } from "@wijkbord/shared";
import type { Pool } from "pg";
import type { ImageStore, StoredImage } from "../ImageStore.ts";
import { inTransaction } from "./inTransaction.ts";
import { lockSession } from "./lockSession.ts";

interface Row {
  id: string;
  session_id: string;
  bytes: Buffer;
  mime: ImageMime;
  width: number;
  height: number;
  created_at: string;
}

/** ImageStore in PostgreSQL (table `images`, see migrations.ts). */
export class PostgresImageStore implements ImageStore {
  constructor(private readonly pool: Pool) {}

  async add(image: StoredImage, maxPerSession: number): Promise<boolean> {
    return inTransaction(this.pool, async (client) => {
      // One add per session at a time, so that two racing for the last place store one.
      await lockSession(client, image.sessionId);
      const { rows } = await client.query<{ n: string }>(
        "SELECT count(*) AS n FROM images WHERE session_id = $1",
        [image.sessionId],
      );
      if (Number(rows[0]?.n ?? 0) >= maxPerSession) return false;
      await client.query(
        `INSERT INTO images (id, session_id, bytes, mime, width, height, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [
          image.id,
          image.sessionId,
          Buffer.from(image.bytes),
          image.mime,
          image.width,
          image.height,
          image.createdAt,
        ],
      );
      return true;
    });
  }

  async get(sessionId: string, id: string): Promise<StoredImage | undefined> {
    const { rows } = await this.pool.query<Row>("SELECT * FROM images WHERE session_id = $1 AND id = $2", [
      sessionId,
      id,
    ]);
    const row = rows[0];
    return (
      row && {
        id: row.id,
        sessionId: row.session_id,
        bytes: new Uint8Array(row.bytes),
        mime: row.mime,
        width: row.width,
        height: row.height,
        createdAt: row.created_at,
      }
    );
  }

  async count(sessionId: string): Promise<number> {
    const { rows } = await this.pool.query<{ n: string }>(
      "SELECT count(*) AS n FROM images WHERE session_id = $1",
      [sessionId],
    );
    return Number(rows[0]?.n ?? 0);
  }
}
