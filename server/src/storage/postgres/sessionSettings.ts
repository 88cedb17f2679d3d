import type { ClientBase } from "pg";

/**
 * Run on every new connection before its first query. synchronous_commit on, whatever the
 * server's or database's default: a commit then returns only once its WAL is flushed to disk, so a
 * resolved append is durable (`Appended.onDisk`). Set per session, it needs a direct connection or
 * a session-mode pooler (a transaction-mode one would drop it).
 */
export async function applySessionSettings(client: ClientBase): Promise<void> {
  await client.query("SET synchronous_commit = on");
}
