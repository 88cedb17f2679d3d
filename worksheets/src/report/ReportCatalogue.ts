import type { WorksheetDefinition } from "@wijkbord/shared";
import type { WidgetSpec } from "../widgets/WidgetSpec.ts";

/**
 * What a report reads its session against: the widget kinds and the worksheet definitions. Wijkbord's
 * own (`WIDGET_SPECS`, `getWorksheet`) unless given, as tldraw takes extra shape utils beside its defaults.
 */
export interface ReportCatalogue {
  widgets: readonly WidgetSpec[];
  worksheet(id: string, version?: number): WorksheetDefinition | undefined;
}
