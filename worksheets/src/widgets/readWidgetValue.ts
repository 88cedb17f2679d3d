import type { WidgetStateSpec, WidgetValue } from "./WidgetSpec.ts";

/** A stored value as the kind's schema reads it, or undefined when unset or invalid; never throws. */
export function readWidgetValue<V extends WidgetValue>(
  state: WidgetStateSpec<V>,
  raw: unknown,
): V | undefined {
  const r = state.schema.safeParse(raw);
  return r.success ? r.data : undefined;
}
