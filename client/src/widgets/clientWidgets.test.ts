import { WIDGET_SPECS } from "@wijkbord/worksheets";
import { describe, expect, it } from "vitest";
import { LOCALES } from "../app/messages.ts";
import { CLIENT_WIDGETS } from "./clientWidgets.ts";

describe("CLIENT_WIDGETS", () => {
  it("draws every kind of WIDGET_SPECS, once each, in the same order", () => {
    expect(CLIENT_WIDGETS.map((e) => e.spec.kind)).toEqual(WIDGET_SPECS.map((s) => s.kind));
    for (const [i, e] of CLIENT_WIDGETS.entries()) expect(e.spec, e.spec.kind).toBe(WIDGET_SPECS[i]);
  });

  it("has every kind's texts with the same keys in every language, none empty", () => {
    for (const { spec, messages } of CLIENT_WIDGETS) {
      const nlKeys = Object.keys(messages.nl).sort();
      expect(nlKeys.length, spec.kind).toBeGreaterThan(0);
      for (const locale of LOCALES) {
        expect(Object.keys(messages[locale]).sort(), `${spec.kind} ${locale}`).toEqual(nlKeys);
        for (const value of Object.values(messages[locale])) expect(value.trim(), spec.kind).not.toBe("");
      }
    }
  });
});
