import { BUILTIN_TEMPLATE_PREFIX, TemplateSchema } from "@wijkbord/shared";
import { describe, expect, it } from "vitest";
import { getWorksheet } from "../catalogue.ts";
import { builtinTemplate } from "./builtinTemplate.ts";
import { BUILTIN_TEMPLATES } from "./builtinTemplates.ts";

describe("built-in templates", () => {
  it("are at least three, with unique builtin- ids of known worksheets", () => {
    expect(BUILTIN_TEMPLATES.length).toBeGreaterThanOrEqual(3);
    const ids = BUILTIN_TEMPLATES.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const t of BUILTIN_TEMPLATES) {
      expect(t.id.startsWith(BUILTIN_TEMPLATE_PREFIX)).toBe(true);
      for (const w of t.worksheets) expect(getWorksheet(w), w).toBeDefined();
    }
  });

  it("are valid templates in both languages; a repeated worksheet becomes a second copy", () => {
    for (const t of BUILTIN_TEMPLATES) {
      for (const lang of ["nl", "en"] as const) {
        expect(TemplateSchema.safeParse(builtinTemplate(t.id, lang)).success).toBe(true);
      }
    }
    const start = builtinTemplate(`${BUILTIN_TEMPLATE_PREFIX}participatie-start`);
    expect(start?.worksheets.map((w) => w.instanceId)).toContain("speelruimte-2");
    expect(builtinTemplate("builtin-unknown")).toBeUndefined();
  });
});
