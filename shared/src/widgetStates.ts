import { z } from "zod";

/*
 * Values of the per-worksheet-instance widget maps of the board document (BOARD.checklist,
 * BOARD.knooppunten, BOARD.thermometers). Every key is `${instanceId}/${itemId}`, one entry per
 * row, knooppunt or thermometer, so each is its own unit of conflict. No entry = not set yet.
 * Readers validate with these schemas and skip what does not parse (scripts can write anything).
 */

/** A basiselementen-WUP row: the guide's columns To do / Bezig / Klaar. */
export const ChecklistStatusSchema = z.enum(["todo", "bezig", "klaar"]);
export type ChecklistStatus = z.infer<typeof ChecklistStatusSchema>;
export const CHECKLIST_STATUSES = ChecklistStatusSchema.options;

/** Where the group stands on a Wijkkompas knooppunt. */
export const KnooppuntStatusSchema = z.enum(["start", "pauzeren", "afronden", "herzien"]);
export type KnooppuntStatus = z.infer<typeof KnooppuntStatusSchema>;
export const KNOOPPUNT_STATUSES = KnooppuntStatusSchema.options;

/** A thermometer marker: 0 = smal (left end), 1 = breed (right end). */
export const ThermometerPositionSchema = z.number().min(0).max(1);
export type ThermometerPosition = z.infer<typeof ThermometerPositionSchema>;

/** The key of an instance's item in one of these maps. */
export function widgetStateKey(instanceId: string, itemId: string): string {
  return `${instanceId}/${itemId}`;
}
