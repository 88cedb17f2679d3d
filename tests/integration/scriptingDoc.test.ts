import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { API_ERROR_CODES } from "@wijkbord/shared";
import { CATALOGUE } from "@wijkbord/worksheets";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { removeDataDir, startServer, type TestServer } from "./support/startServer.ts";

const testsDir = fileURLToPath(new URL("../", import.meta.url));
const doc = readFileSync(join(testsDir, "..", "docs", "sync-protocol.md"), "utf8");

/** The text of the doc from `heading` to the next heading of the same or a higher level. */
function section(heading: string): string {
  const start = doc.indexOf(`\n${heading}\n`);
  if (start < 0) throw new Error(`no section ${heading}`);
  const level = heading.split(" ")[0] as string;
  const next = doc.slice(start + heading.length + 2).search(new RegExp(`\\n#{1,${level.length}} `));
  return next < 0 ? doc.slice(start) : doc.slice(start, start + heading.length + 2 + next);
}

/** The first column of every table row whose first cell is a code span. */
const firstColumn = (text: string) => [...text.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1]);

/**
 * docs/sync-protocol.md §7 is all a script author gets: it must list every error code the server
 * sends and every worksheet a session can be created with, and its example must run.
 */
describe("the HTTP API documentation", () => {
  it("lists every API error code, and no other", () => {
    expect(firstColumn(section("### Errors")).sort()).toEqual([...API_ERROR_CODES].sort());
  });

  it("lists every worksheet id, in the catalogue's order", () => {
    const ids = section("### Sessions and worksheets").split("The ids:")[1] ?? "";
    expect(firstColumn(ids)).toEqual(CATALOGUE.map((w) => w.id));
  });

  describe("the werksessie example", () => {
    let server: TestServer;
    // Inside tests/node_modules, so the script's imports resolve to the packages this workspace has.
    const dir = mkdtempSync(join(testsDir, "node_modules", ".doc-example-"));

    beforeAll(async () => {
      server = await startServer();
    });
    afterAll(async () => {
      await server.close();
      removeDataDir(server.dataDir);
      rmSync(dir, { recursive: true, force: true });
    });

    it("creates a session, joins, adds a note, votes and exports it", async () => {
      const block = section("### Example: a whole werksessie from a script").match(/```js\n([\s\S]*?)```/);
      expect(block?.[1]).toContain("werksessie.mjs");
      const file = join(dir, "werksessie.mjs");
      writeFileSync(file, block?.[1] ?? "");
      const { stdout } = await promisify(execFile)(process.execPath, [file, server.url], { timeout: 60_000 });
      expect(stdout).toMatch(/^session [A-Za-z0-9_-]{16,}$/m);
      expect(stdout).toMatch(/^joined as participant script-/m);
      expect(stdout).toContain("votes left: 2");
      expect(stdout).toContain("votes on the note: 1");
      const row = stdout.split("\n").find((line) => line.includes("Meer groen in de wijk"));
      expect(row?.split(";").slice(0, 6)).toEqual([
        "Stap 1 - Een gedeeld verhaal van de wijk",
        expect.any(String),
        "Meer groen in de wijk",
        "Script",
        expect.any(String),
        "1",
      ]);
    });
  });
});
