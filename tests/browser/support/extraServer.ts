import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export interface ExtraServer {
  baseURL: string;
  close(): Promise<void>;
}

const SERVER_MAIN = fileURLToPath(new URL("../../../server/src/main.ts", import.meta.url));
const TSX = fileURLToPath(new URL("../../../server/node_modules/.bin/tsx", import.meta.url));

/** The port of the `offset`-th extra server: beside the suite's shared one, so runs do not collide. */
export const extraServerPort = (offset: number) => Number(process.env.WB_TEST_PORT ?? 18181) + offset;

/**
 * A second Wijkbord for specs that need a setting the suite's shared server runs without (sign-in,
 * a theme): the same entry point as `npm start`, its own port and data dir, `env` on top. Resolves
 * once `/healthz` answers; fails when the process exits or a minute passes first.
 */
export async function startExtraServer(
  offset: number,
  what: string,
  env: Record<string, string>,
): Promise<ExtraServer> {
  const baseURL = `http://localhost:${extraServerPort(offset)}`;
  const dataDir = mkdtempSync(path.join(tmpdir(), "wijkbord-extra-"));
  const child: ChildProcess = spawn(TSX, [SERVER_MAIN], {
    env: {
      ...process.env,
      PORT: String(extraServerPort(offset)),
      DATA_DIR: dataDir,
      PUBLIC_URL: baseURL,
      SESSIONS_PER_HOUR: "1000",
      LOG_LEVEL: "warn",
      ...env,
    },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const deadline = Date.now() + 60_000;
  for (;;) {
    const up = await fetch(`${baseURL}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`the ${what} did not start`);
    // A poll interval while the process starts, bounded by the deadline above.
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    baseURL,
    close: async () => {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
