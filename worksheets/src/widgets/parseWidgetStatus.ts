import {
  type ChecklistStatus,
  ChecklistStatusSchema,
  type KnooppuntStatus,
  KnooppuntStatusSchema,
} from "@wijkbord/shared";

/** A stored checklist status, or undefined when unset or not one of To do / Bezig / Klaar. */
export function parseChecklistStatus(value: unknown): ChecklistStatus | undefined {
  const r = ChecklistStatusSchema.safeParse(value);
  return r.success ? r.data : undefined;
}

/** A stored knooppunt status, or undefined when unset or unknown. */
export function parseKnooppuntStatus(value: unknown): KnooppuntStatus | undefined {
  const r = KnooppuntStatusSchema.safeParse(value);
  return r.success ? r.data : undefined;
}
