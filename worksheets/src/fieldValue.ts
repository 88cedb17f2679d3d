import type { Field, StakeholderNames } from "@wijkbord/shared";

const str = (v: unknown) => (typeof v === "string" ? v : undefined);

export interface FieldValueContext {
  /** Who names the facilitator-reservable fields now (control `facilitation.stakeholderNames`). */
  naming?: StakeholderNames | undefined;
  /** The session's wijk, for a field that starts with it (`prefill: "wijk"`). */
  wijk?: string | undefined;
}

/**
 * The text of a worksheet field: the group's from the board's `fields`. A field the facilitator may
 * keep (`facilitatorOnly`) depends on who names it: while the facilitator does, the control document's
 * `texts` (written by facilitators only; any value there, even "", wins, so nobody else's board value
 * shows); while the group does (the default), a non-empty `texts` value still wins, as sessions from
 * before the choice existed kept names there (a facilitator's browser moves them to the board, see the
 * client's stakeholderNaming), else the board. A field with a `prefill` shows it until someone writes.
 */
export function fieldValue(
  field: Pick<Field, "id" | "facilitatorOnly" | "prefill">,
  instanceId: string,
  fields: Readonly<Record<string, unknown>>,
  texts: Readonly<Record<string, unknown>>,
  context: FieldValueContext = {},
): string | undefined {
  const key = `${instanceId}/${field.id}`;
  const group = str(fields[key]);
  let value: string | undefined;
  if (!field.facilitatorOnly) value = group;
  else if (context.naming === "facilitator") value = str(texts[key]) ?? group;
  else value = str(texts[key]) || group;
  if (value === undefined && field.prefill === "wijk") return context.wijk;
  return value;
}
