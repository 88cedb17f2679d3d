import type { PoolClient } from "pg";

/**
 * Locks a session's row until the transaction ends, so that transactions changing what belongs to
 * the session (members, tokens, versions) take turns, also across server processes; throws when
 * the session does not exist. NO KEY UPDATE: appends, which only reference the row, go on.
 */
export async function lockSession(client: PoolClient, sessionId: string): Promise<void> {
  const { rowCount } = await client.query("SELECT 1 FROM sessions WHERE id = $1 FOR NO KEY UPDATE", [
    sessionId,
  ]);
  if (rowCount !== 1) throw new Error(`unknown session ${sessionId}`);
}
