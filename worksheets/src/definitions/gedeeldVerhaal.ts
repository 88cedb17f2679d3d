import type { WorksheetDefinition } from "@wijkbord/shared";

// PLACEHOLDER — being replaced by the full definition with the guide's verbatim texts.
export const gedeeldVerhaal: WorksheetDefinition = {
  id: "gedeeld-verhaal",
  version: 1,
  chapter: { nl: "Koppelkansen", en: "Linking opportunities" },
  title: {
    nl: "Stap 1 – Een gedeeld verhaal van de wijk",
    en: "Step 1 – A shared story of the neighbourhood",
  },
  who: { nl: "Initiator met collega's en stakeholders", en: "Initiator with colleagues and stakeholders" },
  when: { nl: "Bij start", en: "At the start" },
  time: { nl: "Minimaal 2 uur", en: "At least 2 hours" },
  instructions: [{ nl: "…", en: "…" }],
  wijkkompas: { phase: 2, sporen: ["A", "C"] },
  size: { w: 3200, h: 2400 },
  sections: [],
  zones: [
    {
      id: "dromen-omgeving",
      section: "dromen",
      title: { nl: "Wat gebeurt er om ons heen…", en: "What is happening around us…" },
      rect: { x: 40, y: 120, w: 900, h: 800 },
    },
  ],
  cards: [],
  fields: [
    {
      id: "conclusie",
      kind: "conclusion",
      label: {
        nl: "Wat is het gedeelde verhaal van deze wijk?",
        en: "What is the shared story of this neighbourhood?",
      },
      rect: { x: 40, y: 2200, w: 3120, h: 160 },
    },
  ],
};
