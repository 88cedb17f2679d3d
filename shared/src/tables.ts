import { z } from "zod";

/*
 * Tables (breakouts): the facilitator splits participants into tables, each with its own copy of a
 * worksheet. A table lives in the control document (`CONTROL.tables`, facilitators write it); who
 * sits where in the board document (`SEATING_KEY`), so a participant may pick a table. A copy is
 * an ordinary worksheet instance (control `worksheets`) whose label, `${instanceId}/tafel` in control
 * `texts`, every title shows: canvas, agenda, outline and exports.
 */

/**
 * Board document key: Y.Map, participant id → table id. The server lets a participant write only
 * her own entry, and only while `TABLE_SETTINGS_KEY`'s `PARTICIPANTS_PICK` is true; facilitators
 * seat anyone.
 */
export const SEATING_KEY = "seating";
/**
 * Board document key: Y.Map of the facilitator's seating settings, beside the seats so the board's
 * own acceptance can read them (facilitators only write it).
 */
export const TABLE_SETTINGS_KEY = "tableSettings";
/** `TABLE_SETTINGS_KEY` entry: true = participants pick their own table ("Mijn tafel"); absent = no. */
export const PARTICIPANTS_PICK = "participantsPick";
/** Key suffix in control `texts` of a worksheet instance's table label ("Tafel 2"). */
export const TABLE_LABEL_TEXT = "tafel";
export const MAX_TABLES = 12;

export const TableIdSchema = z.string().regex(/^[0-9]{1,3}$/);
export const TableSchema = z.object({
  label: z.string().trim().min(1).max(40),
  /** Source worksheet instance id → this table's copy's instance id. */
  copies: z.record(z.string().max(80), z.string().max(80)),
});
export type Table = z.infer<typeof TableSchema>;

/** The control `texts` key of an instance's table label. */
export const tableLabelKey = (instanceId: string) => `${instanceId}/${TABLE_LABEL_TEXT}`;

/** A worksheet's title with its table, if it is a table's copy: "Stap 1 - … · Tafel 2". */
export function labelledTitle(
  title: string,
  instanceId: string,
  texts: { get(key: string): unknown } | Readonly<Record<string, unknown>>,
): string {
  const label =
    typeof (texts as { get?: unknown }).get === "function"
      ? (texts as { get(key: string): unknown }).get(tableLabelKey(instanceId))
      : (texts as Readonly<Record<string, unknown>>)[tableLabelKey(instanceId)];
  return typeof label === "string" && label.trim() !== "" ? `${title} · ${label.trim()}` : title;
}
