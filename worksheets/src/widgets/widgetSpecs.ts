import { checklistSpec } from "./checklist/checklistSpec.ts";
import { knooppuntenSpec } from "./knooppunten/knooppuntenSpec.ts";
import { opgavenTableSpec } from "./opgavenTable/opgavenTableSpec.ts";
import { prioritiesSpec } from "./priorities/prioritiesSpec.ts";
import { rankingSpec } from "./ranking/rankingSpec.ts";
import { scoringMatrixSpec } from "./scoringMatrix/scoringMatrixSpec.ts";
import { stakeholderPullSpec } from "./stakeholderPull/stakeholderPullSpec.ts";
import { succesfactorenSpec } from "./succesfactoren/succesfactorenSpec.ts";
import { thermometerSpec } from "./thermometer/thermometerSpec.ts";
import type { WidgetSpec } from "./WidgetSpec.ts";

/**
 * Every widget kind, the one place a kind is added on this side (the client's is `CLIENT_WIDGETS`).
 * The order is the order of the widget sections in every report.
 */
export const WIDGET_SPECS = [
  opgavenTableSpec,
  succesfactorenSpec,
  scoringMatrixSpec,
  rankingSpec,
  prioritiesSpec,
  checklistSpec,
  knooppuntenSpec,
  thermometerSpec,
  stakeholderPullSpec,
] as const satisfies readonly WidgetSpec[];

/** The id of a widget kind Wijkbord has. */
export type WidgetKind = (typeof WIDGET_SPECS)[number]["kind"];
