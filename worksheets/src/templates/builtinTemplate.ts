import { TEMPLATE_FORMAT, type Template } from "@wijkbord/shared";
import { layoutSession } from "../layoutSession.ts";
import { BUILTIN_TEMPLATES } from "./builtinTemplates.ts";

/** The built-in template `id` as a template (laid out as a new session would be), or undefined. */
export function builtinTemplate(id: string, lang: "nl" | "en" = "nl"): Template | undefined {
  const t = BUILTIN_TEMPLATES.find((b) => b.id === id);
  if (!t) return undefined;
  return {
    format: TEMPLATE_FORMAT,
    name: t.name[lang],
    description: t.description[lang],
    title: t.title[lang],
    worksheets: layoutSession(t.worksheets),
    texts: {},
    cardCounts: {},
    lockedAreas: [],
    starterNotes: [],
  };
}
