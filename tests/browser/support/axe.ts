import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

/** The WCAG 2.1 A and AA rules (EN 301 549's web part), by axe-core's tags. */
export const WCAG21_AA_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/**
 * tldraw's own drawing surface: its shapes are SVG and HTML drawn for the pointer, with no roles to
 * check (the text outline is their accessible alternative, docs/toegankelijkheid.md). Everything
 * else on the page is checked, tldraw's menus and toolbar included.
 */
export const CANVAS_INTERNALS = [".tl-canvas"];

/**
 * The WCAG 2.1 A/AA violations axe-core finds on the page as it is now, one line each ("rule: help —
 * the elements"), prefixed by `state` so a list over many states says where.
 */
export async function wcagViolations(page: Page, state: string): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags(WCAG21_AA_TAGS);
  for (const selector of CANVAS_INTERNALS) builder = builder.exclude(selector);
  const { violations } = await builder.analyze();
  return violations.map(
    (v) =>
      `${state}: ${v.id}: ${v.help} — ${v.nodes
        .slice(0, 4)
        .map((n) => n.target.join(" "))
        .join(" | ")}`,
  );
}
