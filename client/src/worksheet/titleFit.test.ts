import { CATALOGUE, localize } from "@wijkbord/worksheets";
import { describe, expect, it } from "vitest";
import { headingWidth, titleFit } from "./titleFit.ts";

describe("titleFit", () => {
  it("keeps a short title large, on one line", () => {
    expect(titleFit("Participatie in het kort", 1400)).toEqual({ px: 56, lines: 1 });
  });
  it("steps down before a title would wrap, and only the smallest size takes two lines", () => {
    const long = "Stap 3 - Speelruimte definiëren: wat willen/kunnen stakeholders wel/niet?";
    expect(titleFit(long, 2000)).toEqual({ px: 44, lines: 1 });
    expect(titleFit(long, 1200)).toEqual({ px: 36, lines: 2 });
  });
  it("fits every catalogue title in both languages in at most two lines", () => {
    for (const def of CATALOGUE) {
      const width = headingWidth(def.size.w, def.subtitle !== undefined);
      for (const lang of ["nl", "en"] as const) {
        const title = localize(def.title, lang);
        const fit = titleFit(title, width);
        const perLine = width / (0.53 * fit.px);
        expect([...title].length, `${def.id} ${lang}`).toBeLessThanOrEqual(perLine * fit.lines);
      }
    }
  });
});

describe("headingWidth", () => {
  it("leaves 40 % of the band to a subtitle", () => {
    expect(headingWidth(4080, true)).toBe(2400);
    expect(headingWidth(3000, false)).toBe(2920);
  });
});
