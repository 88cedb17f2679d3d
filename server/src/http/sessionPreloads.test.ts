import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { sessionPreloads } from "./sessionPreloads.ts";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function distWith(manifest: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), "wijkbord-preloads-"));
  dirs.push(dir);
  mkdirSync(join(dir, ".vite"));
  writeFileSync(join(dir, ".vite", "manifest.json"), JSON.stringify(manifest));
  return dir;
}

const MANIFEST = {
  "index.html": {
    file: "assets/index-a.js",
    isEntry: true,
    imports: ["_api-b.js"],
    css: ["assets/index-a.css"],
  },
  "_api-b.js": { file: "assets/api-b.js" },
  "_yjs-c.js": { file: "assets/yjs-c.js", imports: ["_api-b.js"] },
  "src/app/SessionPage.tsx": { file: "assets/SessionPage-d.js", imports: ["_api-b.js", "index.html"] },
  "src/board/BoardView.tsx": {
    file: "assets/BoardView-e.js",
    imports: ["_yjs-c.js", "index.html"],
    css: ["assets/BoardView-e.css"],
  },
  "src/templates/NewFromTemplate.tsx": { file: "assets/NewFromTemplate-f.js" },
};

describe("sessionPreloads", () => {
  it("names the session page's and the canvas's own chunks: not their imports, the entry nor other pages", () => {
    expect(sessionPreloads(distWith(MANIFEST))).toBe(
      "</assets/SessionPage-d.js>; rel=modulepreload, </assets/BoardView-e.js>; rel=modulepreload",
    );
  });

  it("is null without a manifest or with an unreadable one", () => {
    const none = mkdtempSync(join(tmpdir(), "wijkbord-preloads-"));
    dirs.push(none);
    expect(sessionPreloads(none)).toBeNull();
    const broken = distWith({});
    writeFileSync(join(broken, ".vite", "manifest.json"), "{not json");
    expect(sessionPreloads(broken)).toBeNull();
  });

  it("reads a new build's manifest", () => {
    const dir = distWith(MANIFEST);
    expect(sessionPreloads(dir)).toContain("SessionPage-d.js");
    writeFileSync(
      join(dir, ".vite", "manifest.json"),
      JSON.stringify({ "src/app/SessionPage.tsx": { file: "assets/SessionPage-z.js" } }),
    );
    const later = new Date(Date.now() + 10_000);
    utimesSync(join(dir, ".vite", "manifest.json"), later, later);
    expect(sessionPreloads(dir)).toBe("</assets/SessionPage-z.js>; rel=modulepreload");
  });
});
