import { runWijkbord } from "./runWijkbord.ts";

/** Entry point of `wijkbord` (server/dist/wijkbord.js; `pnpm backup`, `pnpm restore`). */
process.exitCode = await runWijkbord(process.argv.slice(2), process.env, {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
});
