import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { createWijkbordServer } from "./createWijkbordServer.ts";
import { consoleLogger } from "./log/consoleLogger.ts";
import { isLogLevel, jsonLogger, LOG_LEVELS } from "./log/jsonLogger.ts";
import { loadTheme, type Theme } from "./theme/loadTheme.ts";

/**
 * Entry point: `node server/dist/main.js` (built by `pnpm build`; `npm start` builds and runs it),
 * `tsx server/src/main.ts` in development. Configuration comes from the environment.
 */
const env = process.env;
const fail = (message: string, fields: Record<string, unknown>) => {
  consoleLogger.error(message, fields);
  process.exit(1);
};

const level = env.LOG_LEVEL || "info";
if (!isLogLevel(level))
  fail(`LOG_LEVEL must be one of ${LOG_LEVELS.join(", ")}`, { LOG_LEVEL: env.LOG_LEVEL });
const logger = isLogLevel(level) ? jsonLogger({ level }) : consoleLogger;

const portOf = (name: string, fallback?: string): number | undefined => {
  const value = env[name] || fallback;
  if (value === undefined) return undefined;
  const port = Number.parseInt(value, 10);
  if (!/^\d+$/.test(value) || port > 65535) fail(`${name} must be a port number`, { [name]: value });
  return port;
};
const port = portOf("PORT", "8080") as number;
const millisecondsOf = (name: string, least: number): number | undefined => {
  const value = env[name];
  if (!value) return undefined;
  const ms = Number(value);
  if (!/^\d+$/.test(value) || ms < least)
    fail(`${name} must be a whole number of milliseconds, at least ${least}`, { [name]: value });
  return ms;
};
const leaseMs = millisecondsOf("LEASE_MS", 100);
const roomGraceMs = millisecondsOf("ROOM_GRACE_MS", 0);
const metricsPort = portOf("METRICS_PORT");
// Behind a proxy every visitor has the proxy's address (X-Forwarded-For is not read): an operator
// may raise the per-address budget; the browser suite, one address creating many sessions, does.
const sessionsPerHour = env.SESSIONS_PER_HOUR ? Number(env.SESSIONS_PER_HOUR) : undefined;
if (sessionsPerHour !== undefined && !(Number.isInteger(sessionsPerHour) && sessionsPerHour >= 1)) {
  fail("SESSIONS_PER_HOUR must be a whole number, 1 or more", { SESSIONS_PER_HOUR: env.SESSIONS_PER_HOUR });
}

if (Boolean(env.TLS_CERT) !== Boolean(env.TLS_KEY)) {
  fail("TLS_CERT and TLS_KEY go together: the certificate and its private key (PEM files)", {});
}
const tls =
  env.TLS_CERT && env.TLS_KEY
    ? { cert: readFileSync(resolve(env.TLS_CERT)), key: readFileSync(resolve(env.TLS_KEY)) }
    : undefined;

// Unset: sessions are kept until deleted by hand (docs/privacy.md says why that is the default).
const retentionDays = env.RETENTION_DAYS ? Number(env.RETENTION_DAYS) : undefined;
if (retentionDays !== undefined && !(Number.isInteger(retentionDays) && retentionDays >= 1)) {
  fail("RETENTION_DAYS must be a whole number of days, 1 or more (or unset: keep sessions)", {
    RETENTION_DAYS: env.RETENTION_DAYS,
  });
}

// Sign-in for organisers: all three OIDC_* or none (docs/operations.md, "Sign-in (OIDC)").
const oidcVars = [env.OIDC_ISSUER, env.OIDC_CLIENT_ID, env.OIDC_CLIENT_SECRET];
if (oidcVars.some(Boolean) && !oidcVars.every(Boolean)) {
  fail("OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET go together", {});
}
const requireSignIn = env.REQUIRE_SIGN_IN === "1";
if (requireSignIn && !env.OIDC_ISSUER) fail("REQUIRE_SIGN_IN=1 needs OIDC_ISSUER (and its client)", {});
const oidc =
  env.OIDC_ISSUER && env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET
    ? {
        issuer: env.OIDC_ISSUER,
        clientId: env.OIDC_CLIENT_ID,
        clientSecret: env.OIDC_CLIENT_SECRET,
        teamClaim: env.OIDC_TEAM_CLAIM || undefined,
        scopes: env.OIDC_SCOPES || undefined,
        requireSignIn,
      }
    : undefined;
// How many days before the deletion facilitators are warned prominently (default 7; 0: only the date).
const retentionWarnDays = env.RETENTION_WARN_DAYS ? Number(env.RETENTION_WARN_DAYS) : undefined;
if (retentionWarnDays !== undefined && !(Number.isInteger(retentionWarnDays) && retentionWarnDays >= 0)) {
  fail("RETENTION_WARN_DAYS must be a whole number of days, 0 or more", {
    RETENTION_WARN_DAYS: env.RETENTION_WARN_DAYS,
  });
}
// Photos (hybrid evenings): the largest upload and how many one session may hold.
const wholeAtLeastOne = (name: string): number | undefined => {
  const value = env[name] ? Number(env[name]) : undefined;
  if (value !== undefined && !(Number.isInteger(value) && value >= 1)) {
    fail(`${name} must be a whole number, 1 or more`, { [name]: env[name] });
  }
  return value;
};
const imageMaxBytes = wholeAtLeastOne("IMAGE_MAX_BYTES");
const imageMaxPerSession = wholeAtLeastOne("IMAGE_MAX_PER_SESSION");

// The municipality's design tokens (THEME_CSS, THEME_CLASS): checked now, not on the first page load.
if (env.THEME_CLASS && !env.THEME_CSS) fail("THEME_CLASS needs THEME_CSS (the token file it applies to)", {});
let theme: Theme | undefined;
try {
  theme = env.THEME_CSS
    ? loadTheme({ cssPath: env.THEME_CSS, className: env.THEME_CLASS || undefined })
    : undefined;
} catch (err) {
  fail((err as Error).message, { THEME_CSS: env.THEME_CSS, THEME_CLASS: env.THEME_CLASS });
}

const server = await createWijkbordServer({
  port,
  host: env.HOST || "0.0.0.0",
  dataDir: resolve(env.DATA_DIR || "./data"),
  databaseUrl: env.DATABASE_URL || undefined,
  instanceId: env.INSTANCE_ID || undefined,
  leaseMs,
  roomGraceMs,
  publicUrl: env.PUBLIC_URL || undefined,
  tldrawLicenseKey: env.TLDRAW_LICENSE_KEY || undefined,
  // For development only: serve a browser build from elsewhere than client/dist.
  clientDistDir: env.CLIENT_DIST_DIR ? resolve(env.CLIENT_DIST_DIR) : undefined,
  logger,
  metrics:
    env.METRICS_TOKEN || metricsPort !== undefined
      ? { token: env.METRICS_TOKEN || undefined, port: metricsPort }
      : undefined,
  tls,
  retentionDays,
  retentionWarnDays,
  sessionsPerAddressPerHour: sessionsPerHour,
  oidc,
  theme,
  imageLimits: {
    ...(imageMaxBytes !== undefined ? { maxBytes: imageMaxBytes } : {}),
    ...(imageMaxPerSession !== undefined ? { maxPerSession: imageMaxPerSession } : {}),
  },
});
logger.info(`Wijkbord listening on ${server.url}`, {
  port: server.port,
  ...(server.metricsPort !== undefined ? { metricsPort: server.metricsPort } : {}),
  retentionDays: retentionDays ?? "off",
  signIn: oidc ? oidc.issuer : "off",
  theme: theme?.source ?? "wijkbord",
});

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info(`${signal}: closing sockets and storage`);
  // A hung close must not keep a container from stopping.
  setTimeout(() => process.exit(1), 10_000).unref();
  try {
    await server.close();
    process.exit(0);
  } catch (err) {
    logger.error("shutdown failed", { error: err });
    process.exit(1);
  }
}
process.on("SIGTERM", () => void shutdown("SIGTERM"));
process.on("SIGINT", () => void shutdown("SIGINT"));
