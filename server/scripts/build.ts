import { buildServer } from "./buildServer.ts";

/** `pnpm --filter @wijkbord/server build`: server/dist/main.js and server/dist/wijkbord.js. */
await buildServer();
