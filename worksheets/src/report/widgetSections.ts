import {
  type LocalizedText,
  type ReportChecklistRow,
  type ReportKnooppunt,
  type ReportThermometer,
  type ReportWorksheet,
  type WorksheetDefinition,
  widgetStateKey,
} from "@wijkbord/shared";
import { WIJKKOMPAS_KNOOPPUNTEN, WIJKKOMPAS_PHASES } from "../definitions/wijkkompasModel.ts";
import { type Lang, localizeForWijk } from "../localize.ts";
import { parseChecklistStatus, parseKnooppuntStatus } from "../widgets/parseWidgetStatus.ts";
import { parseThermometerPosition } from "../widgets/thermometerPosition.ts";
import { CHECKLIST_STATUS_LABELS, KNOOPPUNT_STATUS_LABELS } from "../widgets/widgetStatusLabels.ts";

type Raw = Readonly<Record<string, unknown>> | undefined;

export interface WidgetStateMaps {
  checklist?: Raw;
  knooppunten?: Raw;
  thermometers?: Raw;
}

/**
 * The report sections of a worksheet's status widgets: its checklist rows, knooppunten and thermometers
 * with what the board holds for this instance. Only the kinds the definition has; invalid values read as
 * "not set". The checklist row's group is the section of its notes zone (same id, see basiselementenWup).
 */
export function widgetSections(
  def: WorksheetDefinition,
  instanceId: string,
  maps: WidgetStateMaps,
  lang: Lang,
  wijk: string,
): Pick<ReportWorksheet, "checklist" | "knooppunten" | "thermometers"> {
  const loc = (t: LocalizedText) => localizeForWijk(t, lang, wijk);
  const get = (raw: Raw, id: string) => raw?.[widgetStateKey(instanceId, id)];
  const widgets = def.widgets ?? [];
  const out: Pick<ReportWorksheet, "checklist" | "knooppunten" | "thermometers"> = {};

  const rows = widgets.filter((w) => w.kind === "checklist");
  if (rows.length > 0) {
    out.checklist = rows.map((w): ReportChecklistRow => {
      const section = def.sections.find((s) => s.id === def.zones.find((z) => z.id === w.id)?.section);
      const status = parseChecklistStatus(get(maps.checklist, w.id));
      return {
        id: w.id,
        group: section ? loc(section.title) : "",
        title: loc(w.title),
        ...(status ? { status, statusLabel: loc(CHECKLIST_STATUS_LABELS[status]) } : {}),
      };
    });
  }

  const phases = new Set(widgets.filter((w) => w.kind === "knooppunten").map((w) => w.id));
  if (phases.size > 0) {
    out.knooppunten = WIJKKOMPAS_PHASES.filter((p) => phases.has(p.id)).flatMap((p) =>
      WIJKKOMPAS_KNOOPPUNTEN.filter((k) => k.phase === p.number).map((k): ReportKnooppunt => {
        const status = parseKnooppuntStatus(get(maps.knooppunten, k.id));
        return {
          id: k.id,
          phase: p.number,
          phaseTitle: loc(p.title),
          title: loc(k.title),
          ...(status ? { status, statusLabel: loc(KNOOPPUNT_STATUS_LABELS[status]) } : {}),
        };
      }),
    );
  }

  const thermometers = widgets.filter((w) => w.kind === "thermometer");
  if (thermometers.length > 0) {
    out.thermometers = thermometers.map((w): ReportThermometer => {
      const position = parseThermometerPosition(get(maps.thermometers, w.id));
      return {
        id: w.id,
        title: loc(w.title),
        from: w.scale ? loc(w.scale.from) : "",
        to: w.scale ? loc(w.scale.to) : "",
        ...(position === undefined ? {} : { position }),
      };
    });
  }
  return out;
}
