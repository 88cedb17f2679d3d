import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import { loadTheme } from "@wijkbord/server";
import { afterAll, describe, expect, it } from "vitest";
import { runCommand } from "./support/serverCommand.ts";
import { removeDataDir, startServer, type TestServer, tempDataDir } from "./support/startServer.ts";

const MAIN = fileURLToPath(new URL("../../server/src/main.ts", import.meta.url));
const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;
const EXAMPLE = fileURLToPath(new URL("../../deploy/themes/voorbeeldgemeente.css", import.meta.url));

describe("/theme.css: the deployment's design tokens", () => {
  const servers: TestServer[] = [];
  afterAll(async () => {
    for (const s of servers) {
      await s.close();
      removeDataDir(s.dataDir);
    }
  });

  it("without THEME_CSS serves a stylesheet that changes nothing, revalidated by its ETag", async () => {
    const server = await startServer();
    servers.push(server);
    const res = await fetch(`${server.url}/theme.css`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/css; charset=utf-8");
    expect(res.headers.get("cache-control")).toBe("no-cache");
    const body = await res.text();
    expect(body).not.toMatch(/--utrecht-/);
    const etag = res.headers.get("etag");
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await fetch(`${server.url}/theme.css`, { headers: { "If-None-Match": etag as string } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
  });

  it("with THEME_CSS and THEME_CLASS serves the file with its tokens on :root", async () => {
    const server = await startServer({
      theme: loadTheme({ cssPath: EXAMPLE, className: "voorbeeldgemeente-theme" }),
    });
    servers.push(server);
    const res = await fetch(`${server.url}/theme.css`);
    expect(res.status).toBe(200);
    const body = await res.text();
    expect(body).toMatch(/:root \{\s+--utrecht-document-font-family: Georgia/);
    expect(body).toContain("--utrecht-button-primary-action-background-color: #0b4d2c;");
    expect(body).not.toContain(".voorbeeldgemeente-theme {");
    // Another theme, another ETag: a browser that cached Wijkbord's own fetches the new one.
    const plain = await fetch(`${servers[0]?.url}/theme.css`);
    expect(res.headers.get("etag")).not.toBe(plain.headers.get("etag"));
  });

  it.each([
    [
      { THEME_CSS: "/nonexistent/tokens.css" },
      "THEME_CSS names a file that does not exist: /nonexistent/tokens.css",
    ],
    [
      { THEME_CSS: EXAMPLE, THEME_CLASS: "andere-gemeente-theme" },
      "does not occur as a selector in the THEME_CSS file",
    ],
    [{ THEME_CLASS: "voorbeeldgemeente-theme" }, "THEME_CLASS needs THEME_CSS"],
  ])(
    "a wrong setting stops the server at start-up with a clear message: %j",
    async (setting, message) => {
      const dataDir = tempDataDir();
      try {
        const run = runCommand(process.execPath, ["--import", TSX_LOADER, MAIN], {
          env: {
            ...process.env,
            PORT: "0",
            HOST: "127.0.0.1",
            DATA_DIR: dataDir,
            LOG_LEVEL: "info",
            ...setting,
          },
        });
        const { code } = await run.exited;
        expect(code).toBe(1);
        expect(run.output()).toContain(message);
        expect(run.output()).not.toContain("Wijkbord listening");
      } finally {
        removeDataDir(dataDir);
      }
    },
    60_000,
  );
});
