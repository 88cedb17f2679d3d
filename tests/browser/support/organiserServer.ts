import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, type Page } from "@playwright/test";
import { ORGANISER_PATHS } from "@wijkbord/shared";
import {
  type IdentityProvider,
  startIdentityProvider,
  type TestAccount,
} from "../../integration/support/identityProvider.ts";

export const FENNA: TestAccount = { login: "fenna", name: "Fenna Bakker", groups: ["wijkteam-noord"] };

export interface OrganiserServer {
  baseURL: string;
  close(): Promise<void>;
}

const SERVER_MAIN = fileURLToPath(new URL("../../../server/src/main.ts", import.meta.url));
const TSX = fileURLToPath(new URL("../../../server/node_modules/.bin/tsx", import.meta.url));

/**
 * A Wijkbord with sign-in (the same entry point as `npm start`, its own port and data dir) and a
 * real OpenID Provider beside it: the shared server of the browser suite runs without OIDC.
 */
export async function startOrganiserServer(): Promise<OrganiserServer> {
  const port = Number(process.env.WB_TEST_PORT ?? 18181) + 1;
  const baseURL = `http://localhost:${port}`;
  const idp: IdentityProvider = await startIdentityProvider(
    [`${baseURL}${ORGANISER_PATHS.callback}`],
    [FENNA],
  );
  const dataDir = mkdtempSync(path.join(tmpdir(), "wijkbord-oidc-"));
  const child: ChildProcess = spawn(TSX, [SERVER_MAIN], {
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: dataDir,
      PUBLIC_URL: baseURL,
      SESSIONS_PER_HOUR: "1000",
      LOG_LEVEL: "warn",
      RETENTION_DAYS: "90",
      OIDC_ISSUER: idp.issuer,
      OIDC_CLIENT_ID: idp.clientId,
      OIDC_CLIENT_SECRET: idp.clientSecret,
      OIDC_TEAM_CLAIM: "groups",
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
    if (Date.now() > deadline || child.exitCode !== null) throw new Error("the OIDC server did not start");
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    baseURL,
    close: async () => {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
      await idp.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Through the real provider's login page, back to Wijkbord's home page. */
export async function signInAsFenna(page: Page, baseURL: string) {
  await page.goto(`${baseURL}/`);
  await page.getByTestId("sign-in-link").click();
  await page.locator('input[name="login"]').fill(FENNA.login);
  await page.locator('input[name="password"]').fill("wachtwoord");
  await page.locator('button[type="submit"]').click();
  await expect(page.getByTestId("signed-in")).toContainText(FENNA.name);
}
