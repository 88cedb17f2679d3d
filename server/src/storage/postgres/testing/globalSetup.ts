import type { TestProject } from "vitest/node";
import { startTestCluster } from "./testCluster.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** A server the PostgreSQL tests may create databases on (see databasePerFile.ts). */
    postgresAdminUrl: string;
  }
}

/**
 * vitest globalSetup of the `postgres` project, run once per run that includes any of its files:
 * WIJKBORD_TEST_PG when set (a server of the developer's), else a throw-away cluster stopped at
 * the end. Without PostgreSQL it fails the run, so that missing binaries never pass as skipped tests.
 */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const given = process.env.WIJKBORD_TEST_PG;
  if (given) {
    project.provide("postgresAdminUrl", given);
    return undefined;
  }
  const cluster = await startTestCluster();
  project.provide("postgresAdminUrl", cluster.url);
  let stopped = false;
  // A run that ends without its teardown (Ctrl-C, a crash) would leave the server running.
  const onExit = () => {
    if (!stopped) cluster.stopNow();
  };
  process.once("exit", onExit);
  return async () => {
    stopped = true;
    process.off("exit", onExit);
    await cluster.stop();
  };
}
