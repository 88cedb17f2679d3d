import { randomBytes } from "node:crypto";
import type { Server } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import type { AddressInfo } from "node:net";
import { hostname } from "node:os";
import { fileURLToPath } from "node:url";
import { createAdaptorServer } from "@hono/node-server";
import { LIMITS, PATHS, TIMINGS } from "@wijkbord/shared";
import { Hono } from "hono";
import { WebSocketServer } from "ws";
import { AuditLog } from "./audit/AuditLog.ts";
import { auditRoutes } from "./audit/auditRoutes.ts";
import { deletionRoutes } from "./deletion/deletionRoutes.ts";
import { exportRoutes } from "./export/exportRoutes.ts";
import { hiddenInstanceIds } from "./hiding/hiddenInstanceIds.ts";
import { hidingRoutes } from "./hiding/hidingRoutes.ts";
import { historyRoutes } from "./history/historyRoutes.ts";
import { SessionHistory } from "./history/SessionHistory.ts";
import { apiError } from "./http/apiError.ts";
import { closeAfterUnreadBody } from "./http/closeAfterUnreadBody.ts";
import { creationRateLimit } from "./http/creationRateLimit.ts";
import { healthRoute } from "./http/healthRoute.ts";
import { noStore } from "./http/noStore.ts";
import { securityHeaders } from "./http/securityHeaders.ts";
import { staticRoutes, tldrawAssetsDir } from "./http/staticRoutes.ts";
import { type ImageLimits, imageRoutes } from "./images/imageRoutes.ts";
import { logLicenceStatus } from "./licence/logLicenceStatus.ts";
import { TldrawLicence } from "./licence/TldrawLicence.ts";
import { consoleLogger } from "./log/consoleLogger.ts";
import type { Logger } from "./log/logger.ts";
import { rateLimitedLogger } from "./log/rateLimitedLogger.ts";
import { refusalLog } from "./log/refusalLog.ts";
import { requestIdMiddleware } from "./log/requestIdMiddleware.ts";
import { withRequestId } from "./log/withRequestId.ts";
import { memberRoutes } from "./members/memberRoutes.ts";
import { exportSecondsHistogram } from "./metrics/exportSeconds.ts";
import { metricsRegistry } from "./metrics/metricsRegistry.ts";
import { metricsRoute } from "./metrics/metricsRoute.ts";
import { SyncMetrics } from "./metrics/SyncMetrics.ts";
import { type MetricsServer, startMetricsServer } from "./metrics/startMetricsServer.ts";
import { timeExports } from "./metrics/timeExports.ts";
import type { OidcSettings } from "./organisers/OidcSettings.ts";
import type { LoginLifetimes } from "./organisers/OrganiserLogins.ts";
import { organiserModule } from "./organisers/organiserModule.ts";
import { holdsNoRecords } from "./privateMode/holdsNoRecords.ts";
import { privateModeRoutes } from "./privateMode/privateModeRoutes.ts";
import { redactPrivateDocNames } from "./privateMode/redactPrivateDocNames.ts";
import { RetentionSweep } from "./retention/RetentionSweep.ts";
import { SessionActivity } from "./retention/SessionActivity.ts";
import { apiRoutes } from "./sessions/apiRoutes.ts";
import { updateAcceptanceFor } from "./sessions/updateAcceptanceFor.ts";
import { noteCountRecorder } from "./stats/noteCountRecorder.ts";
import { sessionCountsRoute } from "./stats/sessionCountsRoute.ts";
import { OwnedElsewhereError } from "./storage/OwnedElsewhereError.ts";
import { PostgresStorage } from "./storage/postgres/PostgresStorage.ts";
import type { Storage } from "./storage/Storage.ts";
import { SqliteStorage } from "./storage/sqlite/SqliteStorage.ts";
import { startHeartbeat } from "./sync/heartbeat.ts";
import { RoomRegistry } from "./sync/RoomRegistry.ts";
import { SessionConnections } from "./sync/SessionConnections.ts";
import type { ConnectionLimits } from "./sync/SocketConnection.ts";
import { wsRoutes } from "./sync/wsRoutes.ts";
import { templateRoutes } from "./templates/templateRoutes.ts";
import { loadTheme, type Theme } from "./theme/loadTheme.ts";
import { themeRoute } from "./theme/themeRoute.ts";
import { voteRoutes } from "./voting/voteRoutes.ts";

export interface WijkbordServerOptions {
  /** 0 picks a free port. */
  port: number;
  /** Interface to listen on; default: all. */
  host?: string;
  /** Where `wijkbord.sqlite` lives; created when missing. */
  dataDir: string;
  /** Address people use; links are built from it. Default `http://localhost:<port>`. */
  publicUrl?: string;
  /** The built browser app. Default: `client/dist` of this workspace. */
  clientDistDir?: string;
  tldrawLicenseKey?: string;
  /** The public key licence keys are checked with: tldraw's by default; tests sign their own. */
  tldrawPublicKey?: string;
  logger?: Logger;
  /**
   * `/metrics` (Prometheus): with `token`, on this server's port for requests that present it as
   * `Authorization: Bearer`; with `port`, without a token on a port of its own on 127.0.0.1 (0: a
   * free one). Neither: no `/metrics` at all.
   */
  metrics?: { token?: string; port?: number };
  /** Serve https with this certificate and key (PEM) instead of http, e.g. without a reverse proxy. */
  tls?: { cert: string | Buffer; key: string | Buffer };
  /** Use another storage (e.g. a test double or PostgreSQL); its lifetime is then the caller's. */
  storage?: Storage;
  /** `postgres://…`: PostgreSQL instead of SQLite in `dataDir` (`DATABASE_URL`); unused with `storage`. */
  databaseUrl?: string;
  /**
   * `RETENTION_DAYS`: sessions nobody opened or edited for this many days are deleted (checked at
   * start and every `retentionSweepMs`). Undefined: kept until deleted by hand.
   */
  retentionDays?: number;
  retentionSweepMs?: number;
  /** `RETENTION_WARN_DAYS`: facilitators are warned this many days before the deletion (default 7). */
  retentionWarnDays?: number;
  /** The clock of the retention period (ms since the epoch); tests pass their own. */
  now?: () => number;
  /**
   * With `databaseUrl`: this instance's name in the session leases (`INSTANCE_ID`; default host
   * name, process id and a random part) and how long a lease lasts unrenewed (`LEASE_MS`, 10 s).
   */
  instanceId?: string;
  leaseMs?: number;
  /** Overrides of TIMINGS / LIMITS, for tests. */
  roomGraceMs?: number;
  compactAfterUpdates?: number;
  pingIntervalMs?: number;
  maxFrameBytes?: number;
  connectionLimits?: Partial<ConnectionLimits>;
  maxRoomsInMemory?: number;
  sessionsPerAddressPerHour?: number;
  historyIntervalMs?: number;
  /** Sign-in for organisers (`OIDC_*`, `REQUIRE_SIGN_IN`); none: no sign-in, as before. */
  oidc?: OidcSettings;
  /** How long a sign-in under way and a sign-in last; tests shorten them. */
  loginLifetimes?: LoginLifetimes;
  /** Photos: `IMAGE_MAX_BYTES`, `IMAGE_MAX_PER_SESSION` (defaults: `IMAGE_LIMITS`). */
  imageLimits?: Partial<ImageLimits>;
  /** The deployment's design tokens at `/theme.css` (`THEME_CSS`, read by `loadTheme`); default: Wijkbord's. */
  theme?: Theme;
}

export interface WijkbordServer {
  /** The retention sweep, when `retentionDays` is set (tests run one with `sweepSoon`). */
  retention: RetentionSweep | null;
  port: number;
  /** Public base URL (no trailing slash). */
  url: string;
  /** Loaded rooms; lets tests look at the server's own documents. */
  rooms: RoomRegistry;
  storage: Storage;
  /** The port of `/metrics` without a token (`metrics.port`), once listening. */
  metricsPort?: number;
  /** Closes every socket, flushes and closes storage, stops listening. */
  close(): Promise<void>;
}

/** Long enough for a busy database's hiccup, short enough that a dead owner's sessions move soon. */
const DEFAULT_LEASE_MS = 10_000;

const defaultInstanceId = () => `${hostname()}-${process.pid}-${randomBytes(3).toString("hex")}`;

const DEFAULT_CLIENT_DIST = fileURLToPath(new URL("../../client/dist", import.meta.url));

export async function createWijkbordServer(options: WijkbordServerOptions): Promise<WijkbordServer> {
  const logger = redactPrivateDocNames(rateLimitedLogger(withRequestId(options.logger ?? consoleLogger)));
  const ownsStorage = options.storage === undefined;
  const storage =
    options.storage ??
    (options.databaseUrl
      ? await PostgresStorage.open(options.databaseUrl, {
          logger,
          leases: {
            instanceId: options.instanceId ?? defaultInstanceId(),
            leaseMs: options.leaseMs ?? DEFAULT_LEASE_MS,
          },
        })
      : new SqliteStorage(options.dataDir));
  const maxFrameBytes = options.maxFrameBytes ?? LIMITS.maxFrameBytes;
  const syncMetrics = new SyncMetrics();
  const rooms = new RoomRegistry({
    storage,
    logger,
    graceMs: options.roomGraceMs ?? TIMINGS.roomGraceMs,
    compactAfterUpdates: options.compactAfterUpdates ?? TIMINGS.compactAfterUpdates,
    maxRooms: options.maxRoomsInMemory ?? LIMITS.maxRoomsInMemory,
    discardable: holdsNoRecords,
    acceptanceFor: updateAcceptanceFor,
    metrics: syncMetrics,
    onCheckpoint: noteCountRecorder(storage, logger),
  });
  // publicUrl may depend on the port we are given, so the API reads it per request.
  let publicUrl = "";
  const tldrawLicence = new TldrawLicence(options.tldrawLicenseKey, options.tldrawPublicKey);
  const licence = () => tldrawLicence.status(publicUrl);
  const exportSeconds = exportSecondsHistogram();
  const metricsExposed = options.metrics?.token !== undefined || options.metrics?.port !== undefined;
  const metrics = metricsRegistry({
    sync: syncMetrics,
    rooms: () => rooms.loadedRooms(),
    exportSeconds,
    licence,
    processMetrics: metricsExposed,
  });

  const app = new Hono();
  app.use("*", requestIdMiddleware());
  app.use("*", refusalLog(logger));
  app.use(
    "*",
    securityHeaders(() => publicUrl),
  );
  app.use("*", closeAfterUnreadBody());
  app.use(`${PATHS.api}/*`, noStore());
  if (options.metrics?.token !== undefined) app.route("/", metricsRoute(metrics, options.metrics.token));
  app.route("/", healthRoute({ storage, licence }));
  app.use(`${PATHS.sessions}/:id/export/:format`, timeExports(exportSeconds));
  const organisers = organiserModule({
    oidc: options.oidc ?? null,
    storage,
    logger,
    publicUrl: () => publicUrl,
    now: options.now ?? Date.now,
    lifetimes: options.loginLifetimes,
  });
  app.route("/", organisers.guard);
  const connectionLimits: ConnectionLimits = {
    maxEarlyBytes: maxFrameBytes,
    messagesPerSecond: LIMITS.messagesPerSecond,
    messagesBurst: LIMITS.messagesBurst,
    bytesPerSecond: LIMITS.bytesPerSecond,
    bytesBurst: LIMITS.bytesBurst,
    maxSendBufferBytes: LIMITS.maxSendBufferBytes,
    ...options.connectionLimits,
  };
  // One budget per address for every way of creating a session: new, imported backup, restored version.
  const limitCreation = creationRateLimit(
    options.sessionsPerAddressPerHour ?? LIMITS.sessionsPerAddressPerHour,
  );
  const history = new SessionHistory({
    storage,
    rooms,
    logger,
    intervalMs: options.historyIntervalMs ?? TIMINGS.historyIntervalMs,
    keep: LIMITS.historyVersionsPerSession,
  });
  // The audit log's hooks wrap the routes mounted after them: keep it before every session route.
  const audit = new AuditLog({
    storage,
    logger,
    now: options.now ?? Date.now,
    openIntervalMs: TIMINGS.auditOpenIntervalMs,
  });
  app.route("/", auditRoutes({ storage, audit }));
  app.route("/", historyRoutes({ storage, history, publicUrl: () => publicUrl, limitCreation }));
  // Who is connected with which credential, so rotating a link or removing a person closes their sockets.
  const connections = new SessionConnections();
  const now = options.now ?? Date.now;
  const activity = new SessionActivity({
    storage,
    logger,
    now,
    minIntervalMs: TIMINGS.activityTouchIntervalMs,
  });
  const retentionDays = options.retentionDays ?? null;
  const retention =
    retentionDays === null
      ? null
      : new RetentionSweep({
          storage,
          rooms,
          connections,
          logger,
          activity,
          days: retentionDays,
          intervalMs: options.retentionSweepMs ?? TIMINGS.retentionSweepMs,
          now,
          onDeleted: (sessionId) => audit.deleted(sessionId, "retention"),
        });
  app.route(
    "/",
    wsRoutes({
      storage,
      rooms,
      logger,
      connectionLimits,
      publicUrl: () => publicUrl,
      connections,
      metrics: syncMetrics,
      activity,
    }),
  );
  // Before apiRoutes: its catch-all answers every other /api path with 404.
  app.route("/", templateRoutes({ storage, rooms, publicUrl: () => publicUrl, limitCreation }));
  app.route(
    "/",
    exportRoutes({
      storage,
      rooms,
      publicUrl: () => publicUrl,
      limitCreation,
      imageLimits: options.imageLimits,
    }),
  );
  app.route("/", imageRoutes({ storage, logger, limits: options.imageLimits }));
  app.route("/", voteRoutes({ storage, rooms, maxBodyBytes: LIMITS.maxRequestBodyBytes }));
  app.route("/", privateModeRoutes({ storage, rooms, maxBodyBytes: LIMITS.maxRequestBodyBytes }));
  app.route("/", hidingRoutes({ storage, rooms }));
  app.route("/", sessionCountsRoute({ storage }));
  app.route(
    "/",
    memberRoutes({
      storage,
      rooms,
      connections,
      logger,
      publicUrl: () => publicUrl,
      maxBodyBytes: LIMITS.maxRequestBodyBytes,
    }),
  );
  app.route(
    "/",
    deletionRoutes({ storage, rooms, connections, logger, maxBodyBytes: LIMITS.maxRequestBodyBytes }),
  );
  app.route("/", organisers.routes({ rooms, connections, retentionDays, limitCreation, audit }));
  app.route(
    "/",
    apiRoutes({
      storage,
      publicUrl: () => publicUrl,
      tldrawLicenseKey: options.tldrawLicenseKey ?? null,
      licence,
      maxBodyBytes: LIMITS.maxRequestBodyBytes,
      limitCreation,
      activity,
      retentionDays,
      retentionWarnDays: options.retentionWarnDays ?? TIMINGS.retentionWarnDays,
      now,
      hiddenInstances: (sessionId) => hiddenInstanceIds(rooms, storage, sessionId),
    }),
  );
  app.route("/", themeRoute(options.theme ?? loadTheme(undefined)));
  app.route(
    "/",
    staticRoutes({
      clientDistDir: options.clientDistDir ?? DEFAULT_CLIENT_DIST,
      tldrawAssetsDir: tldrawAssetsDir(),
    }),
  );
  app.onError((err, c) => {
    if (err instanceof OwnedElsewhereError) {
      c.header("Retry-After", "1");
      return apiError(
        c,
        503,
        "owned_elsewhere",
        "deze werksessie wordt nu door een andere server bediend; probeer het opnieuw (another instance serves this session; retry)",
      );
    }
    // Path only: query strings may carry tokens.
    logger.error("request failed", { method: c.req.method, path: c.req.path, error: err });
    return apiError(c, 500, "internal_error", "internal server error");
  });

  // ws enforces maxPayload itself: a bigger frame closes that socket with 1009.
  // No permessage-deflate: rooms write pre-framed messages straight to the socket (`wireFrame`).
  const wss = new WebSocketServer({ noServer: true, maxPayload: maxFrameBytes, perMessageDeflate: false });
  const server = createAdaptorServer({
    fetch: app.fetch,
    websocket: { server: wss },
    ...(options.tls ? { createServer: createHttpsServer, serverOptions: options.tls } : {}),
  }) as Server;
  const stop = startHeartbeat(wss, options.pingIntervalMs ?? TIMINGS.pingIntervalMs);

  try {
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(options.port, options.host, () => {
        server.off("error", reject);
        resolve();
      });
    });
  } catch (err) {
    stop();
    if (ownsStorage) await storage.close();
    throw err;
  }
  const port = (server.address() as AddressInfo).port;
  const scheme = options.tls ? "https" : "http";
  publicUrl = (options.publicUrl ?? `${scheme}://localhost:${port}`).replace(/\/+$/, "");
  let metricsServer: MetricsServer | undefined;
  if (options.metrics?.port !== undefined) {
    try {
      metricsServer = await startMetricsServer(metrics, { port: options.metrics.port, logger });
    } catch (err) {
      stop();
      server.close();
      if (ownsStorage) await storage.close();
      throw err;
    }
  }
  history.start();
  retention?.start();
  logLicenceStatus(logger, licence(), { publicUrl, problem: tldrawLicence.problem });

  let closing: Promise<void> | null = null;
  const close = () => {
    closing ??= (async () => {
      stop();
      await history.stop();
      await retention?.stop();
      const httpClosed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Rooms first: they close their sockets (1001) and flush pending appends to storage.
      await rooms.close();
      for (const ws of wss.clients) ws.terminate();
      server.closeAllConnections();
      await httpClosed;
      await metricsServer?.close();
      if (ownsStorage) await storage.close();
    })();
    return closing;
  };

  return { port, url: publicUrl, rooms, storage, retention, metricsPort: metricsServer?.port, close };
}
