import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach } from "vitest";
import type { SessionRecord } from "../storage/Storage.ts";
import { SqliteStorage } from "../storage/sqlite/SqliteStorage.ts";

export const SESSION: SessionRecord = {
  id: "sessionBBBBBBBBB",
  title: "Werksessie",
  wijk: "Atolwijk",
  createdAt: "2026-01-01T00:00:00.000Z",
  worksheets: [],
  sealedTokens: Uint8Array.of(7),
};

/**
 * Temporary folders and a Wijkbord database for the cli tests, removed after each test. Call it
 * at the top of a test file: it registers the `afterEach`.
 */
export function testInstallation() {
  const dirs: string[] = [];
  const open: SqliteStorage[] = [];
  afterEach(async () => {
    for (const s of open.splice(0)) await s.close();
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });
  const tempDir = () => {
    const d = mkdtempSync(join(tmpdir(), "wijkbord-cli-"));
    dirs.push(d);
    return d;
  };
  return {
    tempDir,
    /** A data dir whose database holds SESSION; the storage stays open (a running server) until closed. */
    async dataDirWithSession(): Promise<{ dataDir: string; storage: SqliteStorage }> {
      const dataDir = tempDir();
      const storage = new SqliteStorage(dataDir);
      open.push(storage);
      await storage.createSession(SESSION, [], new Map([["board", Uint8Array.of(0, 0)]]));
      return { dataDir, storage };
    },
  };
}
