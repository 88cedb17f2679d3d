import { afterEach } from "vitest";
import { connectSynced, type TestClient } from "./connectClient.ts";
import { removeDataDir, startServer, type TestServer } from "./startServer.ts";

/**
 * Servers and clients a test starts, all closed after each test and their data directories
 * removed. Call it inside a `describe`: it registers the `afterEach`.
 */
export function serverFixture() {
  const servers: TestServer[] = [];
  const clients: TestClient[] = [];
  const dirs = new Set<string>();
  /** Closes every client and server started so far; their data stays for a restart. */
  const stopAll = async () => {
    for (const c of clients.splice(0)) c.destroy();
    for (const s of servers.splice(0)) await s.close();
  };
  afterEach(async () => {
    await stopAll();
    for (const d of dirs) removeDataDir(d);
    dirs.clear();
  });
  return {
    stopAll,
    /** A real server; pass `dataDir` to restart on an earlier one's data. */
    start: async (opts: Parameters<typeof startServer>[0] = {}) => {
      const s = await startServer(opts);
      servers.push(s);
      dirs.add(s.dataDir);
      return s;
    },
    connect: async (...args: Parameters<typeof connectSynced>) => {
      const c = await connectSynced(...args);
      clients.push(c);
      return c;
    },
  };
}
