import type { ImageMime } from "@wijkbord/shared";
import type Database from "better-sqlite3";
import type { ImageStore, StoredImage } from "../ImageStore.ts";

interface Row {
  id: string;
  session_id: string;
  bytes: Buffer;
  mime: ImageMime;
  width: number;
  height: number;
  created_at: string;
}

/** ImageStore in the server's SQLite database (table `images`, see migrations.ts). */
export class SqliteImageStore implements ImageStore {
  private readonly stmts;

  constructor(db: Database.Database) {
    this.stmts = {
      // The count and the insert in one statement: two uploads racing for the last place store one.
      add: db.prepare(
        `INSERT INTO images (id, session_id, bytes, mime, width, height, created_at)
         SELECT ?, ?, ?, ?, ?, ?, ? WHERE (SELECT count(*) FROM images WHERE session_id = ?) < ?`,
      ),
      get: db.prepare("SELECT * FROM images WHERE session_id = ? AND id = ?"),
      count: db.prepare("SELECT count(*) AS n FROM images WHERE session_id = ?"),
    };
  }

  async add(image: StoredImage, maxPerSession: number): Promise<boolean> {
    const { changes } = this.stmts.add.run(
      image.id,
      image.sessionId,
      Buffer.from(image.bytes),
      image.mime,
      image.width,
      image.height,
      image.createdAt,
      image.sessionId,
      maxPerSession,
    );
    return changes === 1;
  }

  async get(sessionId: string, id: string): Promise<StoredImage | undefined> {
    const row = this.stmts.get.get(sessionId, id) as Row | undefined;
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
    return (this.stmts.count.get(sessionId) as { n: number }).n;
  }
}
