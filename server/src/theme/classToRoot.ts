import { ThemeError } from "./ThemeError.ts";

/**
 * NL Design System theme packages declare their tokens under a class (`.utrecht-theme { … }`) that
 * the page's root must carry. Wijkbord's index.html is the same for every deployment, so the
 * class selector becomes `:root` instead: the tokens then hold for the whole page from the first
 * paint. Only the class itself is replaced, not a longer name that starts with it.
 */
export function classToRoot(css: string, className: string): string {
  if (!/^-?[_a-zA-Z][_a-zA-Z0-9-]*$/.test(className)) {
    throw new ThemeError(`THEME_CLASS must be a CSS class name such as "gemeente-theme", not "${className}"`);
  }
  const selector = new RegExp(`\\.${className}(?![_a-zA-Z0-9-])`, "g");
  if (!selector.test(css)) {
    throw new ThemeError(`THEME_CLASS "${className}" does not occur as a selector in the THEME_CSS file`);
  }
  return css.replace(selector, ":root");
}
