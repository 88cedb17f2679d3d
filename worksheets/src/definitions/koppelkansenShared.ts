import type { LocalizedText, WorksheetDefinition } from "@wijkbord/shared";

/*
 * What koppelkansen steps 2–4 share: the chapter, the group that works on them, their place in the
 * Wijkkompas, and the guide's own non-verbatim chapter heading. One file so the three stay alike.
 */

export const KOPPELKANSEN_CHAPTER: LocalizedText = {
  nl: "Koppelkansen (hoofdstuk 3)",
  en: "Linking opportunities (chapter 3)",
};

/** The guide's heading is just "Koppelkansen" ("Hoofdstuk 3" stands apart from it). */
export const KOPPELKANSEN_OWN_TEXTS: readonly string[] = [KOPPELKANSEN_CHAPTER.nl];

/**
 * "Koppelkansen door het Wijkkompas heen": first in the aanloop ("In de aanloopfase vult de gemeente in
 * het kader van de wijkverkenning het werkblad voor het waarderen en prioriteren van koppelkansen in";
 * Lelystad's timeline: "Voortraject / aanloopfase … Koppelkansen kiezen, waarderen en prioriteren"),
 * then again with the project team in fase 1 'Samen Starten' ("welke koppelkansen relevant zijn en hoe
 * de prioritering eruit ziet", knooppunt "Helderheid over ambities, belangen en prioritering"), with
 * the bewoners' woon- en wijkwensen in fase 2, and with costs and benefits in fase 3 ("Hiervoor kan het
 * prioriteringsoverzicht gebruikt worden, ditmaal met alle nieuwe opgehaalde informatie"); the figure
 * plots "Koppelkansen kiezen" for gemeente, projectteam and bewoners. The knooppunt named is fase 1's.
 * The guide names no sporen; A–C, as for step 1.
 */
export const KOPPELKANSEN_WIJKKOMPAS: WorksheetDefinition["wijkkompas"] = {
  phase: 0,
  alsoIn: [1, 2, 3],
  knooppunt: {
    nl: "Helderheid over ambities, belangen en prioritering",
    en: "Clarity about ambitions, interests and prioritisation",
  },
  sporen: ["A", "B", "C"],
};

/** Steps 3 and 4 are done by the same group. */
export const COLLECTIEF: LocalizedText = {
  nl: "collectief van collega’s met zicht op opgaven en kansen in de wijk.",
  en: "a collective of colleagues with a view of the challenges and opportunities in the neighbourhood.",
};

export const TWEE_UUR: LocalizedText = { nl: "2 uur", en: "2 hours" };

/** Where the notulist's notes go, in the guide's own words. */
export const NOTULIST: LocalizedText = {
  nl: "Zorg dat een notulist het gesprek en de conclusies vastlegt.",
  en: "Make sure a note-taker records the conversation and the conclusions.",
};
