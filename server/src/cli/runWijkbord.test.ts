import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runWijkbord } from "./runWijkbord.ts";
import { testInstallation } from "./testInstallation.ts";

const { tempDir, dataDirWithSession } = testInstallation();

async function run(args: string[], env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runWijkbord(args, env, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("the wijkbord command", () => {
  it("prints its usage for --help (0) and for a wrong command or missing file (2)", async () => {
    expect(await run(["--help"])).toMatchObject({ code: 0, out: expect.stringContaining("usage: wijkbord") });
    for (const args of [[], ["backup"], ["restroe", "x"], ["backup", "a", "b"], ["backup", "x", "--forse"]]) {
      const result = await run(args);
      expect(result.code, args.join(" ")).toBe(2);
      expect(result.err).toContain("usage: wijkbord");
    }
  });

  it("backs up and restores DATA_DIR, and reports a refusal as one line with exit code 1", async () => {
    const { dataDir } = await dataDirWithSession();
    const file = join(tempDir(), "b.sqlite");
    const backup = await run(["backup", file], { DATA_DIR: dataDir });
    expect(backup.code).toBe(0);
    expect(backup.out).toContain(`written to ${file}`);
    const again = await run(["backup", file], { DATA_DIR: dataDir });
    expect(again).toMatchObject({
      code: 1,
      err: `wijkbord backup: ${file} exists; choose another name or pass --force`,
    });

    const target = join(tempDir(), "data");
    const restore = await run(["restore", file], { DATA_DIR: target });
    expect(restore.code).toBe(0);
    expect(existsSync(join(target, "wijkbord.sqlite"))).toBe(true);
  });
});
