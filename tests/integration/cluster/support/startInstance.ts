import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import { listeningUrl, type RunningCommand, runCommand } from "../../support/serverCommand.ts";

const MAIN = fileURLToPath(new URL("../../../../server/src/main.ts", import.meta.url));
const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;

export interface Instance {
  id: string;
  run: RunningCommand;
  url: string;
  port: number;
  wsUrl(sessionId: string): string;
  /** Whether the process is still running (not killed, not exited). */
  alive(): boolean;
}

/**
 * One Wijkbord instance as production runs it (src/main.ts in a process of its own) on the test
 * database, with a short lease so that takeovers happen in seconds.
 */
export async function startInstance(
  id: string,
  {
    dataDir,
    leaseMs,
    roomGraceMs = 500,
    databaseUrl = process.env.WIJKBORD_TEST_DATABASE_URL,
    port = 0,
  }: {
    dataDir: string;
    leaseMs: number;
    roomGraceMs?: number;
    databaseUrl?: string;
    /** 0: any free port; a restarted instance takes its old one, so nginx's upstream stays as it is. */
    port?: number;
  },
): Promise<Instance> {
  const run = runCommand(process.execPath, ["--import", TSX_LOADER, MAIN], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      INSTANCE_ID: id,
      LEASE_MS: String(leaseMs),
      ROOM_GRACE_MS: String(roomGraceMs),
      PORT: String(port),
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      CLIENT_DIST_DIR: `${dataDir}/no-client-dist`,
    },
  });
  const url = await listeningUrl(run);
  return {
    id,
    run,
    url,
    port: Number(new URL(url).port),
    wsUrl: (sessionId) => `${url.replace(/^http/, "ws")}/ws/${sessionId}`,
    alive: () => run.child.exitCode === null && run.child.signalCode === null,
  };
}
