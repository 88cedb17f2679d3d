import { WidgetKindSchema } from "@wijkbord/shared";
import { describe, expect, it } from "vitest";
import { CATALOGUE } from "../catalogue.ts";
import { WIDGET_SPECS } from "./widgetSpecs.ts";

describe("WIDGET_SPECS", () => {
  it("lists each kind once, with an id the definitions' schema accepts", () => {
    const kinds = WIDGET_SPECS.map((s) => s.kind);
    expect(new Set(kinds).size).toBe(kinds.length);
    for (const kind of kinds) expect(WidgetKindSchema.safeParse(kind).success, kind).toBe(true);
  });

  it("gives every kind that keeps values a board map of its own and a heading in both languages", () => {
    const maps = WIDGET_SPECS.flatMap((s) => ("state" in s ? [s.state.map] : []));
    expect(maps).toEqual(["checklist", "knooppunten", "thermometers"]);
    for (const s of WIDGET_SPECS) {
      if (!("state" in s)) continue;
      expect(s.state.report.heading.nl.trim(), s.kind).not.toBe("");
      expect(s.state.report.heading.en.trim(), s.kind).not.toBe("");
    }
  });

  it("has every kind the catalogue uses, and no kind the catalogue does not use", () => {
    const used = new Set(CATALOGUE.flatMap((d) => (d.widgets ?? []).map((w) => w.kind)));
    expect(new Set(WIDGET_SPECS.map((s) => s.kind))).toEqual(used);
  });
});
