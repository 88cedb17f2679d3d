import { TEMPLATE_FORMAT, type Template, TemplateSchema } from "@wijkbord/shared";
import { type ApiIssue, issuesOf, summarize } from "../http/apiError.ts";
import { templateProblems } from "./templateProblems.ts";

export type TemplateFileResult =
  | { ok: true; template: Template }
  | { ok: false; code: "invalid_template" | "template_too_new"; message: string; issues?: ApiIssue[] };

const refused = (message: string, issues?: ApiIssue[]): TemplateFileResult => ({
  ok: false,
  code: "invalid_template",
  message: issues ? `${message}: ${summarize(issues)}` : message,
  issues,
});

/**
 * A template file (JSON, already parsed) as a template this server can use, or why not, in Dutch
 * and English. `format` versions the file: a newer one than this server knows is refused rather
 * than guessed at; older formats would be migrated here (there are none yet).
 */
export function readTemplateFile(json: unknown): TemplateFileResult {
  if (typeof json !== "object" || json === null || !("format" in json)) {
    return refused("dit is geen Wijkbord-sjabloon (not a Wijkbord template: no format)");
  }
  const format = (json as { format: unknown }).format;
  if (typeof format === "number" && format > TEMPLATE_FORMAT) {
    return {
      ok: false,
      code: "template_too_new",
      message: `dit sjabloon is gemaakt met een nieuwere Wijkbord (format ${format}; deze server leest t/m ${TEMPLATE_FORMAT}) (template too new)`,
    };
  }
  const parsed = TemplateSchema.safeParse(json);
  if (!parsed.success) return refused("het sjabloon klopt niet (invalid template)", issuesOf(parsed.error));
  const problems = templateProblems(parsed.data);
  if (problems.length > 0)
    return refused("het sjabloon past niet bij deze server (template does not fit)", problems);
  return { ok: true, template: parsed.data };
}
