export { appendPlacement } from "./appendPlacement.ts";
export { type CardCounts, cardRect, isShown, shownCardCount, shownParts } from "./cards/shownCards.ts";
export { CATALOGUE, getWorksheet } from "./catalogue.ts";
export { WORKSHEET_SUMMARIES } from "./catalogueSummaries.ts";
export { BASISELEMENTEN_GROUPS } from "./definitions/basiselementenWup.ts";
export {
  type Knooppunt,
  phaseHeading,
  WIJKKOMPAS_AANLOOP,
  WIJKKOMPAS_BELANGHEBBENDEN,
  WIJKKOMPAS_KNOOPPUNTEN,
  WIJKKOMPAS_PHASES,
  WIJKKOMPAS_SPOREN,
  WIJKKOMPAS_STAGES,
  type WijkkompasPhase,
} from "./definitions/wijkkompasModel.ts";
export { type FieldValueContext, fieldValue } from "./fieldValue.ts";
export { layoutSession, WORKSHEET_GAP } from "./layoutSession.ts";
export {
  CONCLUSION_PROMPT,
  type Lang,
  localize,
  localizeForWijk,
  substituteWijk,
  WIJK_PLACEHOLDER,
} from "./localize.ts";
export { noteText } from "./noteText.ts";
export { attendanceSection, type CountedNote } from "./report/attendanceSection.ts";
export { buildReportModel } from "./report/buildReportModel.ts";
export { combinedViews } from "./report/combinedViews.ts";
export {
  KOPPELKANSEN_REPORT_LABELS,
  type KoppelkansenReportLabel,
} from "./report/koppelkansenLabels.ts";
export { localDateTime, REPORT_TIME_ZONE, wallClock } from "./report/localDateTime.ts";
export { NOTE_COLORS, noteColorName } from "./report/noteColors.ts";
export {
  type NotesRow,
  notesTable,
  notesTableHeader,
  tableNotes,
  zoneHeading,
} from "./report/notesTable.ts";
export type { ReportCatalogue } from "./report/ReportCatalogue.ts";
export type { ReportInput, WidgetMaps } from "./report/ReportInput.ts";
export { byReadingOrder } from "./report/readingOrder.ts";
export { REPORT_LABELS, type ReportLabel } from "./report/reportLabels.ts";
export { VOTE_SUMMARY_LABELS } from "./report/voteSummary.ts";
export {
  type InputError,
  type ParsedInput,
  parseScoreInput,
  parseWeightInput,
} from "./scoring/parseScoreInput.ts";
export {
  koppelkansTotals,
  type RankedKoppelkans,
  RESULT_TOP,
  rankKoppelkansen,
  topKoppelkansen,
} from "./scoring/rankKoppelkansen.ts";
export {
  type KoppelkansenIssue,
  type KoppelkansenSnapshot,
  type KoppelkansenState,
  readKoppelkansen,
  type WithId,
} from "./scoring/readKoppelkansen.ts";
export {
  STARTER_KOPPELKANSEN,
  STARTER_OPGAVEN,
  STARTER_SUCCESFACTOREN,
  type StarterEntry,
  type StarterKoppelkans,
} from "./scoring/starterLists.ts";
export {
  type BoardNote,
  type PullStakeholdersInput,
  type PullStakeholdersResult,
  pullStakeholderNames,
  STAKEHOLDER_SOURCE,
} from "./speelruimte/pullStakeholderNames.ts";
export { builtinTemplate } from "./templates/builtinTemplate.ts";
export { BUILTIN_TEMPLATES, type BuiltinTemplate } from "./templates/builtinTemplates.ts";
export { rankByVotes } from "./voting/rankByVotes.ts";
export { votesPerNote } from "./voting/votesPerNote.ts";
export { checklistSpec } from "./widgets/checklist/checklistSpec.ts";
export {
  CHECKLIST_STATUS_LABELS,
  CHECKLIST_STATUSES,
  type ChecklistStatus,
  ChecklistStatusSchema,
  parseChecklistStatus,
} from "./widgets/checklist/checklistStatus.ts";
export { knooppuntenSpec } from "./widgets/knooppunten/knooppuntenSpec.ts";
export {
  KNOOPPUNT_STATUS_LABELS,
  KNOOPPUNT_STATUSES,
  type KnooppuntStatus,
  KnooppuntStatusSchema,
  parseKnooppuntStatus,
} from "./widgets/knooppunten/knooppuntStatus.ts";
export { opgavenTableSpec } from "./widgets/opgavenTable/opgavenTableSpec.ts";
export { prioritiesSpec } from "./widgets/priorities/prioritiesSpec.ts";
export { rankingSpec } from "./widgets/ranking/rankingSpec.ts";
export { readWidgetValue } from "./widgets/readWidgetValue.ts";
export { scoringMatrixSpec } from "./widgets/scoringMatrix/scoringMatrixSpec.ts";
export { stakeholderPullSpec } from "./widgets/stakeholderPull/stakeholderPullSpec.ts";
export { succesfactorenSpec } from "./widgets/succesfactoren/succesfactorenSpec.ts";
export {
  parseThermometerPosition,
  THERMOMETER_PAGE_STEP,
  THERMOMETER_STEP,
  ThermometerPositionSchema,
  thermometerPositionAfterKey,
  thermometerPositionAt,
} from "./widgets/thermometer/thermometerPosition.ts";
export { thermometerSpec } from "./widgets/thermometer/thermometerSpec.ts";
export type {
  WidgetReportContext,
  WidgetSpec,
  WidgetStateSpec,
  WidgetValue,
} from "./widgets/WidgetSpec.ts";
export { WIDGET_REPORT_LABELS } from "./widgets/widgetReportLabels.ts";
export { WIDGET_SPECS, type WidgetKind } from "./widgets/widgetSpecs.ts";
export { widgetStateKey } from "./widgets/widgetStateKey.ts";
export { worksheetsInPhase } from "./wijkkompas/worksheetsInPhase.ts";
export { type ZoneHit, zoneAt } from "./zoneAt.ts";
