import type { WorksheetDefinition } from "@wijkbord/shared";
import { getWorksheet } from "../../src/catalogue.ts";

/**
 * A worksheet that exists in tests only, with one `stemming` widget (the example kind) beside a notes
 * zone. A real kind would go into a definition of the catalogue instead.
 */
export const voorbeeldWorksheet: WorksheetDefinition = {
  id: "voorbeeld",
  version: 1,
  chapter: { nl: "Voorbeeld", en: "Example" },
  title: { nl: "Hoe staan we erbij?", en: "How are we doing?" },
  who: { nl: "Iedereen", en: "Everyone" },
  when: { nl: "Aan het eind", en: "At the end" },
  time: { nl: "5 minuten", en: "5 minutes" },
  instructions: [],
  wijkkompas: { phase: 1, sporen: [] },
  size: { w: 2000, h: 1200 },
  sections: [],
  zones: [{ id: "waarom", title: { nl: "Waarom?", en: "Why?" }, rect: { x: 40, y: 160, w: 1000, h: 900 } }],
  cards: [],
  fields: [
    {
      id: "conclusie",
      kind: "conclusion",
      label: { nl: "Wat nemen we mee?", en: "What do we take along?" },
      rect: { x: 40, y: 1080, w: 1920, h: 100 },
    },
  ],
  widgets: [
    {
      id: "stemming",
      kind: "stemming",
      title: { nl: "Onze stemming", en: "Our mood" },
      rect: { x: 1100, y: 160, w: 860, h: 400 },
    },
  ],
};

/** The catalogue with the example worksheet added, as a report's `worksheet` lookup. */
export function withVoorbeeld(id: string, version?: number): WorksheetDefinition | undefined {
  return id === voorbeeldWorksheet.id ? voorbeeldWorksheet : getWorksheet(id, version);
}
