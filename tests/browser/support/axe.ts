import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

/** The WCAG 2.1 A and AA rules (EN 301 549's web part), by axe-core's tags. */
export const WCAG21_AA_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/**
 * The WCAG 2.1 A/AA violations axe-core finds on the page as it is now, one line each ("rule: help —
 * the elements"), prefixed by `state` so a list over many states says where.
 */
export async function wcagViolations(page: Page, state: string): Promise<string[]> {
  // Nothing excluded, tldraw's canvas and menus included: none of it needed leaving out so far.
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG21_AA_TAGS).analyze();
  return violations.map(
    (v) =>
      `${state}: ${v.id}: ${v.help} — ${v.nodes
        .slice(0, 4)
        .map((n) => n.target.join(" "))
        .join(" | ")}`,
  );
}

/**
 * Our own controls smaller than 24 × 24 CSS px on screen (WCAG 2.5.8's minimum, asked of Wijkbord's
 * buttons), as "label (w×h)". tldraw's own controls (`tlui-` classes) and the canvas are left out:
 * they are tldraw's to size.
 */
export function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const controls = document.querySelectorAll<HTMLElement>(
      'button, a[href], input[type="checkbox"], input[type="radio"], select, summary',
    );
    const small: string[] = [];
    for (const el of controls) {
      if (el.closest(".tl-canvas") || el.closest('[class*="tlui-"]')) continue;
      // A checkbox or radio button with its label: clicking the label works too, so both are the target.
      const labelled = el instanceof HTMLInputElement ? (el.labels?.[0] ?? null) : null;
      const r = (labelled ?? el).getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      // Inline links inside a sentence are exempt (WCAG 2.5.8 "inline").
      if (el.tagName === "A" && getComputedStyle(el).display === "inline") continue;
      if (r.width < 24 || r.height < 24) {
        const label =
          el.getAttribute("aria-label") ||
          (labelled ?? el).textContent?.trim() ||
          el.getAttribute("data-testid") ||
          el.tagName;
        small.push(`${label.slice(0, 40)} (${Math.round(r.width)}×${Math.round(r.height)})`);
      }
    }
    return small;
  });
}
