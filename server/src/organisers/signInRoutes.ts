import { type Me, ORGANISER_PATHS } from "@wijkbord/shared";
import { Hono } from "hono";
import type { Logger } from "../log/logger.ts";
import { clearFlowCookie, clearLoginCookie, setFlowCookie, setLoginCookie } from "./loginCookies.ts";
import { OidcClient } from "./OidcClient.ts";
import type { OidcSettings } from "./OidcSettings.ts";
import type { OrganiserLogins } from "./OrganiserLogins.ts";
import { signInFailedPage } from "./signInPage.ts";

export interface SignInDeps {
  /** Null: no sign-in configured; `/api/me` says so and the `/auth` routes answer 404. */
  settings: OidcSettings | null;
  logins: OrganiserLogins;
  publicUrl: () => string;
  logger: Logger;
}

/** A path of this site to return to after signing in; anything else (another site, `//x`) goes home. */
function safeReturnTo(value: string | undefined): string {
  return value && /^\/(?![/\\])[^\s]*$/.test(value) && value.length <= 500 ? value : "/";
}

/**
 * `/auth/login` → identity provider → `/auth/callback` → signed in; `POST /auth/logout`; and
 * `GET /api/me`. The flow's state, nonce and PKCE verifier live in a storage row named by a
 * short-lived cookie and are taken at the callback, so a state or code is redeemed once at most.
 */
export function signInRoutes(deps: SignInDeps): Hono {
  const app = new Hono();
  const settings = deps.settings;
  const oidc = settings && new OidcClient(settings, () => `${deps.publicUrl()}${ORGANISER_PATHS.callback}`);

  app.get(ORGANISER_PATHS.me, async (c) => {
    const organiser = oidc ? await deps.logins.organiser(c) : null;
    const me: Me = {
      signInAvailable: oidc !== null,
      signInRequired: settings?.requireSignIn === true,
      organiser: organiser && { name: organiser.name, teams: organiser.teams },
    };
    return c.json(me);
  });

  if (!oidc) return app;

  app.get(ORGANISER_PATHS.login, async (c) => {
    const checks = OidcClient.newChecks();
    let url: URL;
    try {
      url = await oidc.authorizationUrl(checks);
    } catch (err) {
      deps.logger.warn("identity provider unreachable", { error: err });
      return signInFailedPage(
        c,
        503,
        "De inlogdienst van je organisatie is nu niet bereikbaar. Probeer het later opnieuw.",
        "Your organisation's sign-in service cannot be reached now. Try again later.",
      );
    }
    const id = await deps.logins.create({
      kind: "flow",
      ...checks,
      returnTo: safeReturnTo(c.req.query("returnTo")),
    });
    setFlowCookie(c, deps.publicUrl(), id, deps.logins.lifetimes.flowMs / 1000);
    return c.redirect(url.href, 302);
  });

  app.get(ORGANISER_PATHS.callback, async (c) => {
    const flow = await deps.logins.takeFlow(c);
    clearFlowCookie(c, deps.publicUrl());
    if (!flow) {
      return signInFailedPage(
        c,
        400,
        "Deze inlogpoging is verlopen of al gebruikt. Log opnieuw in.",
        "This sign-in attempt has expired or was already used. Sign in again.",
      );
    }
    // The URL the provider redirected to, on the public address (behind a proxy c.req.url is internal).
    const callbackUrl = new URL(`${deps.publicUrl()}${ORGANISER_PATHS.callback}`);
    callbackUrl.search = new URL(c.req.url).search;
    let organiser: Awaited<ReturnType<OidcClient["organiser"]>>;
    try {
      organiser = await oidc.organiser(callbackUrl, flow);
    } catch (err) {
      // The provider's error text may echo what the browser sent: log its class and message only.
      deps.logger.warn("sign-in refused", { error: err instanceof Error ? err.message : String(err) });
      return signInFailedPage(
        c,
        400,
        "De inlogdienst gaf geen geldige aanmelding terug (verlopen, al gebruikt of geweigerd). Log opnieuw in.",
        "The sign-in service returned no valid sign-in (expired, already used or refused). Sign in again.",
      );
    }
    // A new id at every sign-in: an id someone planted before cannot become a signed-in one.
    await deps.logins.end(c);
    const id = await deps.logins.create({ kind: "organiser", ...organiser });
    setLoginCookie(c, deps.publicUrl(), id, deps.logins.lifetimes.loginMs / 1000);
    return c.redirect(flow.returnTo, 302);
  });

  app.post(ORGANISER_PATHS.logout, async (c) => {
    await deps.logins.end(c);
    clearLoginCookie(c, deps.publicUrl());
    return c.body(null, 204);
  });

  return app;
}
