import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import { runCommand } from "./serverCommand.ts";

const CLI = fileURLToPath(new URL("../../../server/src/cli/wijkbord.ts", import.meta.url));
const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;

/**
 * Runs the `wijkbord` command in a process of its own, as an operator would next to a running
 * server (from its TypeScript source; builtServer.test.ts runs the compiled one).
 */
export async function wijkbordCli(
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number | null; output: string }> {
  const run = runCommand(process.execPath, ["--import", TSX_LOADER, CLI, ...args], {
    env: { PATH: process.env.PATH, ...env },
  });
  const { code } = await run.exited;
  return { code, output: run.output() };
}
