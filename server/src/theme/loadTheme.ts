import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { classToRoot } from "./classToRoot.ts";
import { ThemeError } from "./ThemeError.ts";

/** A token file is a few hundred custom properties: anything near this size is not one. */
export const THEME_MAX_BYTES = 256 * 1024;

export interface ThemeSetting {
  /** `THEME_CSS`: the deployment's token CSS file. */
  cssPath: string;
  /** `THEME_CLASS`: the class its tokens are declared under, if not `:root` or `.wijkbord-theme`. */
  className?: string;
}

/** What `/theme.css` serves. */
export interface Theme {
  css: string;
  etag: string;
  /** The file it came from; null for Wijkbord's own theme (it is in the app's CSS already). */
  source: string | null;
}

const DEFAULT_CSS =
  "/* Wijkbord's own theme is part of the app's CSS. A deployment names its own with THEME_CSS. */\n";

const withEtag = (css: string, source: string | null): Theme => ({
  css,
  etag: `"${createHash("sha256").update(css).digest("base64url").slice(0, 22)}"`,
  source,
});

/**
 * Reads the deployment's theme once, at start-up, so that a wrong setting stops Wijkbord with a
 * clear message instead of serving a page without its colours. No setting: Wijkbord's own theme.
 */
export function loadTheme(setting: ThemeSetting | undefined): Theme {
  if (!setting) return withEtag(DEFAULT_CSS, null);
  const path = resolve(setting.cssPath);
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new ThemeError(`THEME_CSS is not a file: ${path}`);
    size = stat.size;
  } catch (err) {
    if (err instanceof ThemeError) throw err;
    throw new ThemeError(`THEME_CSS names a file that does not exist: ${path}`);
  }
  if (size > THEME_MAX_BYTES) {
    throw new ThemeError(
      `THEME_CSS is ${size} bytes, more than the ${THEME_MAX_BYTES} a token file may be: ${path}`,
    );
  }
  let css: string;
  try {
    css = readFileSync(path, "utf8");
  } catch (err) {
    throw new ThemeError(`THEME_CSS cannot be read (${(err as NodeJS.ErrnoException).code}): ${path}`);
  }
  // A binary file named by mistake (an image, an archive) would otherwise be served as the theme.
  if (css.includes("\0")) throw new ThemeError(`THEME_CSS is not a text file: ${path}`);
  return withEtag(setting.className ? classToRoot(css, setting.className) : css, path);
}
