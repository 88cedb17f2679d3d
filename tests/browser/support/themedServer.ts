import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export interface ThemedServer {
  baseURL: string;
  close(): Promise<void>;
}

const SERVER_MAIN = fileURLToPath(new URL("../../../server/src/main.ts", import.meta.url));
const TSX = fileURLToPath(new URL("../../../server/node_modules/.bin/tsx", import.meta.url));

/**
 * A second Wijkbord (the same entry point as `npm start`, its own port and data dir) with a
 * deployment theme (`THEME_CSS`, `THEME_CLASS`): the suite's shared server runs with Wijkbord's own.
 */
export async function startThemedServer(themeCss: string, themeClass: string): Promise<ThemedServer> {
  // +1 is the sign-in specs' server.
  const port = Number(process.env.WB_TEST_PORT ?? 18181) + 2;
  const baseURL = `http://localhost:${port}`;
  const dataDir = mkdtempSync(path.join(tmpdir(), "wijkbord-theme-"));
  const child: ChildProcess = spawn(TSX, [SERVER_MAIN], {
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: dataDir,
      PUBLIC_URL: baseURL,
      SESSIONS_PER_HOUR: "1000",
      LOG_LEVEL: "warn",
      THEME_CSS: themeCss,
      THEME_CLASS: themeClass,
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
    if (Date.now() > deadline || child.exitCode !== null) throw new Error("the themed server did not start");
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
