import type { LocalizedText, ReportWidgetItem, Widget, WorksheetDefinition } from "@wijkbord/shared";
import type { z } from "zod";

/** What a widget keeps per item: one entry of its board map, each entry its own unit of conflict. */
export type WidgetValue = string | number | boolean;

/** What a kind's report section is built from: one worksheet instance and what the board holds for it. */
export interface WidgetReportContext<V extends WidgetValue> {
  def: WorksheetDefinition;
  /** This kind's widgets on the worksheet, in the definition's order; never empty. */
  widgets: readonly Widget[];
  /** The instance's stored value of an item, as the kind's schema reads it; undefined when unset or invalid. */
  value(itemId: string): V | undefined;
  /** A text in the report's language, `[naam wijk]` filled in. */
  text(t: LocalizedText): string;
}

/**
 * A kind that keeps a value per item in a board map of its own: `${instanceId}/${itemId}` → value
 * (`widgetStateKey`). Readers parse with `schema` and skip what does not parse (scripts can write anything).
 */
export interface WidgetStateSpec<V extends WidgetValue> {
  /** The board document's Y.Map (docs/sync-protocol.md); never renamed, boards store it. */
  map: string;
  schema: z.ZodType<V>;
  report: {
    /** The section's heading in every report ("Checklist", "Thermometers"). */
    heading: LocalizedText;
    /** The section's items (methods, so a registry of kinds with different values type-checks). */
    items(ctx: WidgetReportContext<V>): ReportWidgetItem[];
  };
}

/**
 * One widget kind on the worksheets side, as tldraw has a shape util per shape type: its id, and when
 * it keeps a value per item, its board map, value schema and report section. Every kind is listed once
 * in `WIDGET_SPECS`; the client's `CLIENT_WIDGETS` gives it a component. A kind without `state` keeps
 * nothing per item of its own (the koppelkansen tables are session-wide, reported by
 * `koppelkansenSections`; `stakeholder-pull` is an action).
 */
export interface WidgetSpec<V extends WidgetValue = WidgetValue, K extends string = string> {
  kind: K;
  state?: WidgetStateSpec<V>;
}
