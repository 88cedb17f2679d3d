import {
  type ReportCombined,
  type ReportCombinedZone,
  type ReportTableNote,
  type ReportWorksheet,
  TableIdSchema,
  TableSchema,
  tableLabelKey,
} from "@wijkbord/shared";

/** A table's copy as the combined view reads it: the worksheet section and the table it belongs to. */
interface TableCopy {
  sheet: ReportWorksheet;
  table: string;
}

/**
 * "Alle tafels samen": per worksheet the tables had copies of, each zone with the notes of that zone
 * on every copy, each note with its table, copies in agenda order (the order "Tafels maken" placed
 * them). A copy is found through the control document's `tables` (table → source → copy) and, so that
 * removing a table loses nothing, through its label in `texts` alone: such a copy joins the worksheet
 * of the same kind that has no label. `titleOf` gives a worksheet's title without a table label.
 */
export function combinedViews(
  worksheets: readonly ReportWorksheet[],
  tables: Readonly<Record<string, unknown>> | undefined,
  texts: Readonly<Record<string, unknown>>,
  titleOf: (instanceId: string) => string | undefined,
): ReportCombined[] {
  const seated = new Map<string, { source: string; label: string }>();
  for (const [id, value] of Object.entries(tables ?? {}).sort((a, b) => Number(a[0]) - Number(b[0]))) {
    const table = TableSchema.safeParse(value);
    if (!TableIdSchema.safeParse(id).success || !table.success) continue;
    for (const [source, copy] of Object.entries(table.data.copies))
      if (!seated.has(copy)) seated.set(copy, { source, label: table.data.label });
  }
  const labelOf = (instanceId: string): string | null => {
    const text = texts[tableLabelKey(instanceId)];
    return typeof text === "string" && text.trim() !== "" ? text.trim() : null;
  };
  const known = worksheets.filter((w) => w.zones.length > 0);
  const groups = new Map<string, TableCopy[]>();
  for (const sheet of known) {
    const label = labelOf(sheet.instanceId);
    const seat = seated.get(sheet.instanceId);
    if (!seat && label === null) continue;
    const source =
      seat?.source ??
      known.find((w) => w.worksheetId === sheet.worksheetId && labelOf(w.instanceId) === null)?.instanceId ??
      [...groups].find(([, copies]) => copies[0]?.sheet.worksheetId === sheet.worksheetId)?.[0] ??
      sheet.instanceId;
    const copies = groups.get(source) ?? [];
    copies.push({ sheet, table: label ?? seat?.label ?? "" });
    groups.set(source, copies);
  }
  return [...groups].map(([source, copies]) => combined(source, copies, titleOf));
}

function combined(
  source: string,
  copies: readonly TableCopy[],
  titleOf: (instanceId: string) => string | undefined,
): ReportCombined {
  const first = copies[0]?.sheet;
  const zones = new Map<string, ReportCombinedZone>();
  for (const { sheet, table } of copies) {
    for (const z of sheet.zones) {
      const zone = zones.get(z.id) ?? {
        id: z.id,
        ...(z.label ? { label: z.label } : {}),
        title: z.title,
        ...(z.section ? { section: z.section } : {}),
        notes: [],
      };
      zone.notes.push(...z.notes.map((note): ReportTableNote => ({ table, note })));
      zones.set(z.id, zone);
    }
  }
  return {
    sourceInstanceId: source,
    worksheetId: first?.worksheetId ?? "",
    title: titleOf(source) ?? titleOf(first?.instanceId ?? "") ?? first?.title ?? source,
    tables: copies.map((c) => c.table),
    zones: [...zones.values()],
    otherNotes: copies.flatMap(({ sheet, table }) => sheet.otherNotes.map((note) => ({ table, note }))),
  };
}
