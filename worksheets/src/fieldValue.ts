import type { Field } from "@wijkbord/shared";

const str = (v: unknown) => (typeof v === "string" ? v : undefined);

/**
 * The text of a worksheet field: the group's from the board's `fields`, a facilitator's field
 * (`facilitatorOnly`) from the control document's `texts`. For those it falls back to `fields`,
 * where sessions kept them before such fields became the facilitator's, so nothing written then
 * disappears.
 */
export function fieldValue(
  field: Pick<Field, "id" | "facilitatorOnly">,
  instanceId: string,
  fields: Readonly<Record<string, unknown>>,
  texts: Readonly<Record<string, unknown>>,
): string | undefined {
  const key = `${instanceId}/${field.id}`;
  if (!field.facilitatorOnly) return str(fields[key]);
  const own = str(texts[key]);
  return own !== undefined && own !== "" ? own : str(fields[key]);
}
