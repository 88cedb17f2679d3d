import type { Template, TemplateSummary } from "@wijkbord/shared";

/** A template as `GET /api/templates` lists it. */
export function templateSummary(
  id: string,
  template: Template,
  builtin: boolean,
  createdAt: string | null,
): TemplateSummary {
  return {
    id,
    name: template.name,
    description: template.description,
    builtin,
    worksheets: template.worksheets.map((w) => w.worksheetId),
    starterNotes: template.starterNotes.length,
    createdAt,
  };
}
