import { type HiddenWorksheet, HiddenWorksheetSchema, type WorksheetPlacement } from "@wijkbord/shared";

export interface AgendaEntry {
  placement: WorksheetPlacement;
  hidden: boolean;
}

/** The hidden worksheets kept in the facilitators' document, those that parse, by agenda place. */
export function hiddenWorksheets(values: Iterable<unknown>): HiddenWorksheet[] {
  return [...values]
    .flatMap((v) => HiddenWorksheetSchema.safeParse(v).data ?? [])
    .sort((a, b) => a.index - b.index);
}

/**
 * The facilitator's agenda: the visible worksheets in order, each hidden one back at the place it
 * was hidden from (where the reveal will put it), so the agenda reads as the evening runs.
 */
export function agendaEntries(
  visible: readonly WorksheetPlacement[],
  hidden: readonly HiddenWorksheet[],
): AgendaEntry[] {
  const out: AgendaEntry[] = visible.map((placement) => ({ placement, hidden: false }));
  const shown = new Set(visible.map((p) => p.instanceId));
  for (const h of hidden) {
    if (shown.has(h.placement.instanceId)) continue;
    out.splice(Math.min(h.index, out.length), 0, { placement: h.placement, hidden: true });
  }
  return out;
}
