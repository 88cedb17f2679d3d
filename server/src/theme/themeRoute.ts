import { Hono } from "hono";
import type { Theme } from "./loadTheme.ts";

/** Where index.html links the deployment's theme, after the app's own CSS. */
export const THEME_PATH = "/theme.css";

/**
 * The deployment's token CSS at a fixed address. Revalidated on every page load (its name carries
 * no hash, so a new theme shows after a restart) and answered 304 while it is unchanged.
 */
export function themeRoute(theme: Theme): Hono {
  const app = new Hono();
  app.get(THEME_PATH, (c) => {
    c.header("Cache-Control", "no-cache");
    c.header("ETag", theme.etag);
    if (
      c.req
        .header("if-none-match")
        ?.split(/\s*,\s*/)
        .includes(theme.etag)
    )
      return c.body(null, 304);
    c.header("Content-Type", "text/css; charset=utf-8");
    return c.body(theme.css);
  });
  return app;
}
