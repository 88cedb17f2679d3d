import { LIMITS, MAX_TABLES, type Table, TableSchema, type WorksheetPlacement } from "@wijkbord/shared";
import { appendPlacement } from "@wijkbord/worksheets";

/** What "Tafels maken" writes into the control document, in one transaction. */
export interface TablesPlan {
  /** New worksheet instances (one per table), pushed onto `worksheets`. */
  placements: WorksheetPlacement[];
  /** Tables to set (new ones, or existing ones with one more copy). */
  tables: [tableId: string, table: Table][];
  /** `texts` entries: each new copy's table label. */
  labels: [key: string, label: string][];
}

/** The tables that parse, by number. */
export function readTables(entries: Iterable<[string, unknown]>): [string, Table][] {
  return [...entries]
    .flatMap(([id, v]): [string, Table][] => {
      const t = TableSchema.safeParse(v);
      return t.success ? [[id, t.data]] : [];
    })
    .sort((a, b) => Number(a[0]) - Number(b[0]));
}

/**
 * Tables 1…`count`, each with its own copy of `source`: an existing table keeps its copies and
 * gets one of `source` if it has none yet; a missing one is made ("Tafel n"). Copies are placed
 * like any added worksheet (`appendPlacement`: side by side, right of the rest), so the facilitator
 * sees them next to each other, clear of the hidden worksheets (`reserved`). Stops at the session's
 * worksheet limit, hidden worksheets included.
 */
export function planTables(
  placements: readonly WorksheetPlacement[],
  source: WorksheetPlacement,
  count: number,
  existing: ReadonlyMap<string, Table>,
  labelOf: (n: number) => string,
  reserved: readonly WorksheetPlacement[] = [],
): TablesPlan {
  const plan: TablesPlan = { placements: [], tables: [], labels: [] };
  const all = [...placements, ...reserved];
  for (let n = 1; n <= Math.min(count, MAX_TABLES); n++) {
    const id = String(n);
    const table = existing.get(id) ?? { label: labelOf(n), copies: {} };
    if (table.copies[source.instanceId]) continue;
    if (all.length >= LIMITS.maxWorksheetsPerSession) break;
    const copy = appendPlacement(all, source.worksheetId, source.version);
    all.push(copy);
    plan.placements.push(copy);
    plan.tables.push([id, { ...table, copies: { ...table.copies, [source.instanceId]: copy.instanceId } }]);
    plan.labels.push([`${copy.instanceId}/tafel`, table.label]);
  }
  return plan;
}

/**
 * Seats for everyone in `unseated`, spread over the tables as evenly as the seats already taken
 * allow (the emptiest table first, ties by `random`): a late participant joins the smallest table,
 * nobody already seated moves.
 */
export function seatUnseated(
  unseated: readonly string[],
  tableIds: readonly string[],
  taken: ReadonlyMap<string, string>,
  random: () => number = Math.random,
): Map<string, string> {
  const counts = new Map(tableIds.map((id) => [id, 0]));
  for (const t of taken.values()) if (counts.has(t)) counts.set(t, (counts.get(t) ?? 0) + 1);
  const order = [...unseated].map((id) => ({ id, r: random() })).sort((a, b) => a.r - b.r);
  const out = new Map<string, string>();
  for (const { id } of order) {
    const [emptiest] = [...counts].sort((a, b) => a[1] - b[1] || random() - 0.5);
    if (!emptiest) break;
    out.set(id, emptiest[0]);
    counts.set(emptiest[0], emptiest[1] + 1);
  }
  return out;
}

/** The copy a seated participant goes to: their table's latest copy. */
export function copyOf(table: Table | undefined): string | null {
  const copies = table ? Object.values(table.copies) : [];
  return copies.at(-1) ?? null;
}
