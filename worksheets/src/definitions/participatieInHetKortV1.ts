import type { WorksheetDefinition } from "@wijkbord/shared";
import { participatieInHetKort } from "./participatieInHetKort.ts";

const { widgets: _thermometerWidgets, ...withoutWidgets } = participatieInHetKort;

/**
 * `participatie-in-het-kort` version 1, still stored in sessions made before the thermometers became
 * widgets: the same page with the Intern and Extern thermometers as notes zones (a note along the zone,
 * smal on the left, breed on the right, was the marker), where version 2 has its widgets. Kept so those
 * sessions are drawn and reported as they were made (`getWorksheet(id, 1)`).
 */
export const participatieInHetKortV1: WorksheetDefinition = {
  ...withoutWidgets,
  version: 1,
  zones: [
    {
      id: "thermometer-intern",
      title: { nl: "Intern", en: "Internal" },
      hint: {
        nl: "smal — Uitsluitend met nauw aan Energie gerelateerde collega’s — breed — Alle mogelijke collega’s van aanpalende opgaven zijn onderdeel van de integrale wijkaanpak",
        en: "narrow — Only with colleagues closely related to Energy — broad — All possible colleagues from adjacent tasks are part of the integrated neighbourhood approach",
      },
      rect: { x: 760, y: 400, w: 1640, h: 400 },
    },
    {
      id: "thermometer-extern",
      title: { nl: "Extern", en: "External" },
      hint: { nl: "smal — breed", en: "narrow — broad" },
      rect: { x: 760, y: 820, w: 1640, h: 400 },
    },
    ...participatieInHetKort.zones,
  ],
};
