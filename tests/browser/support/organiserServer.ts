import { expect, type Page } from "@playwright/test";
import { ORGANISER_PATHS } from "@wijkbord/shared";
import {
  type IdentityProvider,
  startIdentityProvider,
  type TestAccount,
} from "../../integration/support/identityProvider.ts";
import { extraServerPort, startExtraServer } from "./extraServer.ts";

export const FENNA: TestAccount = { login: "fenna", name: "Fenna Bakker", groups: ["wijkteam-noord"] };

export interface OrganiserServer {
  baseURL: string;
  close(): Promise<void>;
}

/**
 * A Wijkbord with sign-in (the same entry point as `npm start`, its own port and data dir) and a
 * real OpenID Provider beside it: the shared server of the browser suite runs without OIDC.
 */
export async function startOrganiserServer(): Promise<OrganiserServer> {
  const idp: IdentityProvider = await startIdentityProvider(
    [`http://localhost:${extraServerPort(1)}${ORGANISER_PATHS.callback}`],
    [FENNA],
  );
  const server = await startExtraServer(1, "OIDC server", {
    RETENTION_DAYS: "90",
    OIDC_ISSUER: idp.issuer,
    OIDC_CLIENT_ID: idp.clientId,
    OIDC_CLIENT_SECRET: idp.clientSecret,
    OIDC_TEAM_CLAIM: "groups",
  });
  return {
    baseURL: server.baseURL,
    close: async () => {
      await server.close();
      await idp.close();
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
