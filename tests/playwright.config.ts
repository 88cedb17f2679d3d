import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";

// A real server (the same entry point as `npm start`) on its own port and a throw-away data dir.
const port = Number(process.env.WB_TEST_PORT ?? 18181);
const baseURL = `http://localhost:${port}`;
const dataDir = mkdtempSync(path.join(tmpdir(), "wijkbord-browser-"));

export default defineConfig({
  testDir: "./browser",
  outputDir: process.env.WB_TEST_OUTPUT ?? "./test-results",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  reporter: [["list"]],
  use: {
    baseURL,
    screenshot: "only-on-failure",
    trace: "off",
    launchOptions: {
      // Playwright cannot download its own browsers here; Debian's Chromium, as root.
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  webServer: {
    command: "../server/node_modules/.bin/tsx ../server/src/main.ts",
    url: `${baseURL}/healthz`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      PORT: String(port),
      DATA_DIR: dataDir,
      PUBLIC_URL: baseURL,
      // Every spec creates its sessions from 127.0.0.1: more than the default 60 an hour per address.
      SESSIONS_PER_HOUR: "1000",
      ...(process.env.CLIENT_DIST_DIR ? { CLIENT_DIST_DIR: process.env.CLIENT_DIST_DIR } : {}),
    },
    stdout: "pipe",
    stderr: "pipe",
  },
});
