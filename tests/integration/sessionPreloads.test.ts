import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { removeDataDir, startServer, type TestServer, tempDataDir } from "./support/startServer.ts";

describe("a session link's chunks preloaded with its page", () => {
  let server: TestServer;
  const dist = tempDataDir();

  beforeAll(async () => {
    mkdirSync(join(dist, ".vite"), { recursive: true });
    writeFileSync(join(dist, "index.html"), "<!doctype html><title>Wijkbord</title>");
    writeFileSync(
      join(dist, ".vite", "manifest.json"),
      JSON.stringify({
        "index.html": { file: "assets/index-a.js", isEntry: true },
        "src/app/SessionPage.tsx": { file: "assets/SessionPage-b.js", imports: ["index.html"] },
        "src/board/BoardView.tsx": { file: "assets/BoardView-c.js", css: ["assets/BoardView-c.css"] },
      }),
    );
    server = await startServer({ clientDistDir: dist });
  });
  afterAll(async () => {
    await server.close();
    removeDataDir(server.dataDir);
    removeDataDir(dist);
  });

  it("names the session page and the canvas in a Link header on a session link", async () => {
    const res = await fetch(`${server.url}/s/abcdefghijklmnop`);
    expect(res.status).toBe(200);
    expect(res.headers.get("link")).toBe(
      "</assets/SessionPage-b.js>; rel=modulepreload, </assets/BoardView-c.js>; rel=modulepreload",
    );
    await res.text();
  });

  it("leaves the home page without: it needs neither", async () => {
    const res = await fetch(`${server.url}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get("link")).toBeNull();
    await res.text();
  });
});
