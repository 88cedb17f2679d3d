import { checklistClientWidget } from "./checklist/checklistClientWidget.ts";
import { knooppuntenClientWidget } from "./knooppunten/knooppuntenClientWidget.ts";
import { opgavenTableClientWidget } from "./opgavenTable/opgavenTableClientWidget.ts";
import { prioritiesClientWidget } from "./priorities/prioritiesClientWidget.ts";
import { rankingClientWidget } from "./ranking/rankingClientWidget.ts";
import { scoringMatrixClientWidget } from "./scoringMatrix/scoringMatrixClientWidget.ts";
import type { ClientWidget } from "./shared/ClientWidget.ts";
import { stakeholderPullClientWidget } from "./stakeholderPull/stakeholderPullClientWidget.ts";
import { succesfactorenClientWidget } from "./succesfactoren/succesfactorenClientWidget.ts";
import { thermometerClientWidget } from "./thermometer/thermometerClientWidget.ts";

/**
 * Every widget kind the client draws, the one place a kind is added on this side (the worksheets' is
 * `WIDGET_SPECS`, in the same order; a test keeps the two alike).
 */
export const CLIENT_WIDGETS: readonly ClientWidget[] = [
  opgavenTableClientWidget,
  succesfactorenClientWidget,
  scoringMatrixClientWidget,
  rankingClientWidget,
  prioritiesClientWidget,
  checklistClientWidget,
  knooppuntenClientWidget,
  thermometerClientWidget,
  stakeholderPullClientWidget,
];
