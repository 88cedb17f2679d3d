import { PATHS } from "@wijkbord/shared";
import { Hono, type MiddlewareHandler } from "hono";
import type { Logger } from "../log/logger.ts";
import type { Storage } from "../storage/Storage.ts";
import { type DashboardDeps, dashboardRoutes } from "./dashboardRoutes.ts";
import type { OidcSettings } from "./OidcSettings.ts";
import { type LoginLifetimes, OrganiserLogins } from "./OrganiserLogins.ts";
import { ownNewSessions } from "./ownNewSessions.ts";
import { sameOriginWrites } from "./sameOriginWrites.ts";
import { signInRoutes } from "./signInRoutes.ts";

export interface OrganiserModuleOptions {
  /** Null: no sign-in; everything stays as without this module, but for `GET /api/me` saying so. */
  oidc: OidcSettings | null;
  storage: Storage;
  logger: Logger;
  publicUrl: () => string;
  now: () => number;
  lifetimes?: LoginLifetimes;
}

/** What the dashboard needs that only exists once the server's rooms and connections do. */
export type RouteDeps = Pick<
  DashboardDeps,
  "rooms" | "connections" | "retentionDays" | "limitCreation" | "audit"
>;

/** Every route that creates a werksessie: new, imported backup, restored version. */
const CREATING = [
  PATHS.sessions,
  `${PATHS.sessions}/import`,
  `${PATHS.sessions}/:id/history/:versionId/restore`,
];

/**
 * Sign-in and "Mijn werksessies", in two parts for `createWijkbordServer`: `guard` goes in front of
 * every route (the CSRF check, and sign-in and ownership on creating routes), `routes` beside the
 * other API routes (before `apiRoutes`' catch-all).
 */
export function organiserModule(options: OrganiserModuleOptions) {
  const logins = new OrganiserLogins(options.storage, options.now, options.lifetimes);
  const guard = new Hono();
  if (options.oidc) {
    guard.use("*", sameOriginWrites(options.publicUrl));
    const owning: MiddlewareHandler = ownNewSessions({
      storage: options.storage,
      logins,
      requireSignIn: options.oidc.requireSignIn === true,
      logger: options.logger,
    });
    for (const path of CREATING) guard.post(path, owning);
  }
  const routes = (deps: RouteDeps) => {
    const app = new Hono();
    app.route(
      "/",
      signInRoutes({ settings: options.oidc, logins, publicUrl: options.publicUrl, logger: options.logger }),
    );
    if (options.oidc) {
      app.route(
        "/",
        dashboardRoutes({
          ...deps,
          storage: options.storage,
          logins,
          logger: options.logger,
          publicUrl: options.publicUrl,
        }),
      );
    }
    return app;
  };
  return { guard, routes };
}
