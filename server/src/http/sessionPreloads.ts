import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";

/** The client modules a session link needs at once, as Vite's manifest names them (client/vite.config.ts). */
const SESSION_MODULES = ["src/app/SessionPage.tsx", "src/board/BoardView.tsx"];

let cached: { dir: string; mtimeMs: number; link: string | null } | null = null;

/**
 * A `Link` header value that has the browser fetch the session page's chunk and the canvas's while
 * it still downloads and runs the entry script: otherwise they are asked for only once the entry
 * has run, and on a phone's slow line that start-up is bandwidth left unused. Only these two, not
 * their small imports: a browser has six connections per host, and the entry must not queue behind
 * preloads (the imports come with the dynamic import, as before). Null without a Vite manifest (a
 * dev setup, an old build). Read again when the build changes.
 */
export function sessionPreloads(clientDistDir: string): string | null {
  const path = join(clientDistDir, ".vite", "manifest.json");
  let mtimeMs: number;
  try {
    mtimeMs = statSync(path).mtimeMs;
  } catch {
    return null;
  }
  if (cached?.dir === clientDistDir && cached.mtimeMs === mtimeMs) return cached.link;
  let link: string | null = null;
  try {
    const manifest = JSON.parse(readFileSync(path, "utf8")) as Record<string, { file?: unknown }>;
    const files = SESSION_MODULES.map((key) => manifest[key]?.file).filter(
      (file): file is string => typeof file === "string",
    );
    link = files.length ? files.map((file) => `</${file}>; rel=modulepreload`).join(", ") : null;
  } catch {
    link = null;
  }
  cached = { dir: clientDistDir, mtimeMs, link };
  return link;
}
