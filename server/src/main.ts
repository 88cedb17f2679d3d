import { resolve } from "node:path";
import { createWijkbordServer } from "./createWijkbordServer.ts";
import { consoleLogger } from "./log/logger.ts";

/**
 * Entry point: `node server/dist/main.js` (built by `pnpm build`; `npm start` builds and runs it),
 * `tsx server/src/main.ts` in development. Configuration comes from the environment.
 */
const env = process.env;
const port = Number.parseInt(env.PORT ?? "8080", 10);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  consoleLogger.error("PORT must be a port number", { PORT: env.PORT });
  process.exit(1);
}

const server = await createWijkbordServer({
  port,
  host: env.HOST || "0.0.0.0",
  dataDir: resolve(env.DATA_DIR || "./data"),
  databaseUrl: env.DATABASE_URL || undefined,
  publicUrl: env.PUBLIC_URL || undefined,
  tldrawLicenseKey: env.TLDRAW_LICENSE_KEY || undefined,
  // For development only: serve a browser build from elsewhere than client/dist.
  clientDistDir: env.CLIENT_DIST_DIR ? resolve(env.CLIENT_DIST_DIR) : undefined,
  logger: consoleLogger,
});
consoleLogger.info(`Wijkbord listening on ${server.url}`);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  consoleLogger.info(`${signal}: closing sockets and storage`);
  // A hung close must not keep a container from stopping.
  setTimeout(() => process.exit(1), 10_000).unref();
  try {
    await server.close();
    process.exit(0);
  } catch (err) {
    consoleLogger.error("shutdown failed", { error: err });
    process.exit(1);
  }
}
process.on("SIGTERM", () => void shutdown("SIGTERM"));
process.on("SIGINT", () => void shutdown("SIGINT"));
