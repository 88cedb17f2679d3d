import type { ReportModel } from "@wijkbord/shared";
import { buildReportModel, type Lang } from "@wijkbord/worksheets";
import { fixtureNoteRecord, fixtureSession } from "../../../tests/fixtures/fixtureSession.ts";

/** The report model of the shared fixture session (every catalogue worksheet), for the writers' tests. */
export function reportFixtureModel(lang: Lang = "nl"): ReportModel {
  const f = fixtureSession();
  return buildReportModel(
    {
      session: { title: f.title, wijk: f.wijk, createdAt: f.createdAt },
      placements: f.placements,
      records: f.notes.map((n) => fixtureNoteRecord(n)),
      fields: f.fields,
      participants: f.participants,
      texts: f.texts,
      widgetMaps: f.widgetMaps,
      cardCounts: f.cardCounts,
      koppelkansen: f.koppelkansen,
    },
    lang,
  );
}
