import type { LocalizedText, WorksheetDefinition } from "@wijkbord/shared";
import {
  COLLECTIEF,
  KOPPELKANSEN_CHAPTER,
  KOPPELKANSEN_WIJKKOMPAS,
  NOTULIST,
  TWEE_UUR,
} from "./koppelkansenShared.ts";

/** The guide's "Instructies voor tabblad ‘Werkblad koppelkansen kiezen", bullet by bullet. */
const INSTRUCTIES: LocalizedText[] = [
  {
    nl: "Zorg dat een notulist het gesprek en de conclusies vastlegt. Het gesprek dat jullie samen voeren is net zo belangrijk als de uiteindelijke score die gegeven wordt.",
    en: "Make sure a note-taker records the conversation and the conclusions. The conversation you have together is just as important as the final score that is given.",
  },
  {
    nl: "Bepaal gezamenlijk in hoeverre het toepassen van een koppelkans (uit tabel C) bijdraagt aan de genoemde succesfactor. Met een 10 geef je de meeste waardering, met een -10 de laagste én negatieve waardering.",
    en: "Decide together to what extent applying a linking opportunity (from table C) contributes to the success factor named. A 10 gives the highest appreciation, a -10 the lowest and negative appreciation.",
  },
  {
    nl: "Bijvoorbeeld: Scoor in hoeverre het verbeteren van de luchtkwaliteit door minder auto’s en meer groen (=Koppelkans) het draagvlak in de wijk (=succesfactor) voor de WUP vergroot?",
    en: "For example: score to what extent improving air quality through fewer cars and more greenery (= linking opportunity) increases support in the neighbourhood (= success factor) for the WUP.",
  },
  {
    nl: "Als het draagvlak sterk vergroot, scoort deze koppelkans een 10. Als het draagvlak sterk zal verminderen, scoort deze koppelkans een -10.",
    en: "If support increases strongly, this linking opportunity scores a 10. If support will decrease strongly, it scores a -10.",
  },
  {
    nl: "De gegeven scores worden automatisch opgeteld.",
    en: "The scores given are added up automatically.",
  },
  {
    nl: "In de gesprekken kan het voorkomen dat één of meerdere succesfactoren eruit springen.",
    en: "In the conversations, one or more success factors may stand out; their weight can then be changed in the weight row.",
  },
];

/**
 * "Stap 3 – Scoor de koppelkansen" — Spoorboekje Lelystad (2021), hoofdstuk 3. The Excel's matrix
 * (koppelkans × succesfactor, scores −10…10, weights in rij 4, "Totalen" in kolom K) as one live
 * widget over the session's koppelkansen maps; each cell is its own unit of conflict. The guide's
 * Excel references (kolom K, rij 4) are left out of the instructions: the app has no such cells.
 *
 * Layout (3200 × 2620): instructions left, the matrix right, notulist's notes, conclusion.
 */
export const koppelkansenScoren: WorksheetDefinition = {
  id: "koppelkansen-scoren",
  version: 1,
  chapter: KOPPELKANSEN_CHAPTER,
  title: { nl: "Stap 3 – Scoor de koppelkansen", en: "Step 3 – Score the linking opportunities" },
  subtitle: {
    nl: "Doel van deze activiteit is de geselecteerde koppelkansen scoren op de succesfactoren. Daarmee ontstaat een overzicht van belangrijke en minder belangrijke koppelkansen.",
    en: "The aim of this activity is to score the selected linking opportunities on the success factors. This gives an overview of more and less important linking opportunities.",
  },
  who: COLLECTIEF,
  when: {
    nl: "Na stap 2 waarin je de opgaven, succesfactoren en koppelkansen voor de wijk in kaart hebt gebracht.",
    en: "After step 2, in which you mapped the challenges, success factors and linking opportunities for the neighbourhood.",
  },
  time: TWEE_UUR,
  instructions: INSTRUCTIES,
  wijkkompas: KOPPELKANSEN_WIJKKOMPAS,
  size: { w: 3200, h: 2620 },
  sections: [],
  zones: [{ id: "notulen", title: NOTULIST, rect: { x: 40, y: 1820, w: 3120, h: 480 } }],
  cards: [
    {
      id: "instructies",
      kind: "instructions",
      title: { nl: "Instructies", en: "Instructions" },
      body: INSTRUCTIES,
      rect: { x: 40, y: 160, w: 640, h: 1620 },
    },
  ],
  fields: [
    {
      id: "conclusie",
      kind: "conclusion",
      label: {
        nl: "Welke algemeen geldende principes worden gehanteerd voor het waarderen van de koppelkansen? (De redenering van alle koppelkansen is vastgelegd door de notulist)",
        en: "Which generally applicable principles are used to value the linking opportunities? (The reasoning for every linking opportunity has been recorded by the note-taker)",
      },
      rect: { x: 40, y: 2340, w: 3120, h: 240 },
    },
  ],
  widgets: [
    {
      id: "matrix",
      kind: "scoring-matrix",
      title: { nl: "Scoor de koppelkansen", en: "Score the linking opportunities" },
      rect: { x: 720, y: 160, w: 2440, h: 1620 },
    },
  ],
};
