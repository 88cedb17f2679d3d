import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { PATHS } from "@wijkbord/shared";
import { type Context, Hono } from "hono";
import { serveCompressedAsset } from "./compressedAsset.ts";
import { serveFile } from "./serveFile.ts";
import { sessionPreloads } from "./sessionPreloads.ts";

const IMMUTABLE = "public, max-age=31536000, immutable";
/** Unhashed files (index.html, favicon, tldraw's assets): revalidate so a deploy shows at once. */
const REVALIDATE = "no-cache";
/** tldraw's asset file names carry no hash, but only change with the installed package. */
const TLDRAW_ASSETS = "public, max-age=86400";
/** The folders of @tldraw/assets a browser needs; its JS and typings stay private. */
const TLDRAW_FOLDERS = new Set(["fonts", "icons", "translations", "embed-icons"]);

/** Folder of the installed @tldraw/assets package (it has no `exports` map, so package.json resolves). */
export function tldrawAssetsDir(): string {
  return dirname(createRequire(import.meta.url).resolve("@tldraw/assets/package.json"));
}

// Still percent-encoded (c.req.path is decoded already): serveFile decodes exactly once.
const rawPath = (url: string) => new URL(url).pathname;

/** What serveFile needs from the request besides the path. */
const negotiation = (c: Context, cacheControl: string) => ({
  cacheControl,
  acceptEncoding: c.req.header("accept-encoding"),
  head: c.req.method === "HEAD",
});

export interface StaticDeps {
  clientDistDir: string;
  tldrawAssetsDir: string;
}

/** The built browser app (with SPA fallback for session links) and tldraw's fonts, icons and translations. */
export function staticRoutes(deps: StaticDeps): Hono {
  const app = new Hono();

  app.get(`${PATHS.tldrawAssets}/*`, async (c) => {
    const rest = rawPath(c.req.url).slice(PATHS.tldrawAssets.length);
    const folder = rest.split("/")[1] ?? "";
    const res = TLDRAW_FOLDERS.has(folder)
      ? await serveCompressedAsset(deps.tldrawAssetsDir, rest, negotiation(c, TLDRAW_ASSETS))
      : null;
    return res ?? c.text("not found", 404);
  });

  const indexHtml = async (c: Context) => {
    if (!existsSync(join(deps.clientDistDir, "index.html"))) return null;
    return serveFile(deps.clientDistDir, "/index.html", negotiation(c, REVALIDATE));
  };
  const notBuilt = () =>
    new Response(
      `Wijkbord's browser app has not been built (no index.html in ${deps.clientDistDir}).\n` +
        "Run `pnpm build` (or `npm start`, which builds it) and reload.\n",
      { status: 503, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } },
    );

  // The app's own routes: the SPA renders them from index.html.
  app.get("/", async (c) => (await indexHtml(c)) ?? notBuilt());
  app.get(`${PATHS.app}/*`, async (c) => {
    const res = await indexHtml(c);
    if (!res) return notBuilt();
    const preloads = sessionPreloads(deps.clientDistDir);
    if (preloads) res.headers.set("Link", preloads);
    return res;
  });

  // Vite puts content-hashed bundles under /assets: they can be cached forever.
  app.get("/*", async (c) => {
    const path = rawPath(c.req.url);
    const cache = path.startsWith("/assets/") ? IMMUTABLE : REVALIDATE;
    return (await serveFile(deps.clientDistDir, path, negotiation(c, cache))) ?? c.text("not found", 404);
  });
  return app;
}
