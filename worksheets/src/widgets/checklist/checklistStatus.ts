import type { LocalizedText } from "@wijkbord/shared";
import { z } from "zod";

/** A basiselementen-WUP row's status: the guide's columns To do / Bezig / Klaar. */
export const ChecklistStatusSchema = z.enum(["todo", "bezig", "klaar"]);
export type ChecklistStatus = z.infer<typeof ChecklistStatusSchema>;
export const CHECKLIST_STATUSES = ChecklistStatusSchema.options;

/** The statuses in words, shared by the client's buttons and every report: the guide's column headings. */
export const CHECKLIST_STATUS_LABELS: Readonly<Record<ChecklistStatus, LocalizedText>> = {
  todo: { nl: "To do", en: "To do" },
  bezig: { nl: "Bezig", en: "In progress" },
  klaar: { nl: "Klaar", en: "Done" },
};

/** A stored checklist status, or undefined when unset or not one of To do / Bezig / Klaar. */
export function parseChecklistStatus(value: unknown): ChecklistStatus | undefined {
  const r = ChecklistStatusSchema.safeParse(value);
  return r.success ? r.data : undefined;
}
