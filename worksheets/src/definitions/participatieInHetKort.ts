import type { LocalizedText, WorksheetDefinition } from "@wijkbord/shared";

/** The guide's instructions for the page (its introduction to the participatie worksheets and the page itself). */
const INSTRUCTIES: LocalizedText[] = [
  {
    nl: "Geef in de onderstaande thermometers aan waar je je voor de gekozen wijk bevindt op het spectrum van smalle of brede participatie.",
    en: "Use the thermometers below to indicate where you stand for the chosen neighbourhood on the spectrum from narrow to broad participation.",
  },
  {
    nl: "De scores op de thermometer zijn geen waardering, enkel de oplossingsruimte tussen twee extremen.",
    en: "The scores on the thermometer are not a rating, only the solution space between two extremes.",
  },
  {
    nl: "Let op: breed is niet beter dan smal, smal gaat niet sneller dan breed – wat passend is blijft afhankelijk van de opgave en de samenwerking.",
    en: "Note: broad is not better than narrow, narrow is not faster than broad – what fits always depends on the task and the collaboration.",
  },
  {
    nl: "In de kern gaat het om het herkennen van het belang van de ander en hoe deze wil en kan participeren.",
    en: "At its core it is about recognising the interests of the other party and how they want to and are able to participate.",
  },
];

/**
 * "Participatie in het kort" — Spoorboekje Lelystad (2021), hoofdstuk 2, "Aan de slag met participatie
 * voor een Wijkuitvoeringsplan". The guide has the page filled in after the four participatie steps ("Kom na
 * het doorlopen van de vier stappen terug naar deze slide") as the record of how broad or narrow the
 * participation is set up.
 *
 * Layout (canvas units, 2440 × 2140; y < 140 is left free for the title band):
 * - left column x 40–720: instructions card; right of it (x 760–2400) the "Over welke wijk gaat het?" field
 *   and the Intern and Extern thermometers, one above the other;
 * - the "Motiveer kort…" notes zone across the width below them;
 * - the "Leg conclusie vast →" field across the bottom.
 * The thermometers are `thermometer` widgets (ids `intern`, `extern`), read left (smal) to right (breed), each
 * with one marker the group places; its position (0 = smal … 1 = breed) is stored in the `thermometers`
 * map under `${instanceId}/${widgetId}`. Each end's label pairs the guide's "smal"/"breed" with the end's
 * text in the figure (each fragment checked). The Extern ends are not in the guide's text layer: just
 * "smal" / "breed".
 *
 * Version 2 (this): the thermometers became widgets; version 1 had them as notes zones `thermometer-intern`
 * and `thermometer-extern` (a note along the zone was the marker). Sessions that store version 1 keep it
 * (participatieInHetKortV1, `getWorksheet(id, 1)`). Bump the version on any layout change.
 */
export const participatieInHetKort: WorksheetDefinition = {
  id: "participatie-in-het-kort",
  version: 2,
  chapter: { nl: "Participatie (hoofdstuk 2)", en: "Participation (chapter 2)" },
  title: { nl: "Participatie in het kort", en: "Participation in brief" },
  subtitle: {
    nl: "Voor een passend participatieproces is het nodig om te weten waarover je als gemeente kan beslissen, en waarover je input moet ophalen in het participatieproces.",
    en: "For a fitting participation process you need to know what you can decide on as a municipality, and on what you need to gather input in the participation process.",
  },
  // The page names no Wie / Tijd; the introduction leaves the emphasis to "de projectleider en/of
  // procesbegeleider" and has the page filled in after the four steps.
  who: { nl: "projectleider en/of procesbegeleider", en: "project leader and/or process facilitator" },
  when: { nl: "na het doorlopen van de vier stappen", en: "after going through the four steps" },
  time: { nl: "niet aangegeven in het Spoorboekje", en: "not specified in the Spoorboekje" },
  instructions: INSTRUCTIES,
  // Filled in at the end of the participatie verkenning (after stap 4, "Commitment uiten", which closes fase 1
  // 'Samen starten': "Aan het einde van deze fase spreken partijen de intentie uit om samen aan de slag te
  // gaan"). The guide's participation knooppunt, "Passende participatievormen voor bewoners kiezen", lies in
  // fase 3 (Strategieën identificeren); this page prepares it but is not it, so no knooppunt is named. Sporen:
  // A and B are the extern thermometer (bewoners, professionele partijen), C the intern one and the
  // gemeente's choice of how broadly to involve (besluitvorming zorgvuldig en transparant).
  wijkkompas: { phase: 1, sporen: ["A", "B", "C"] },
  size: { w: 2440, h: 2140 },
  sections: [],
  zones: [
    {
      id: "motivatie",
      title: {
        nl: "Motiveer kort de keuzes voor breed of smal inzetten van participatie",
        en: "Briefly explain the choices for broad or narrow participation",
      },
      rect: { x: 40, y: 1260, w: 2360, h: 560 },
    },
  ],
  cards: [
    {
      id: "instructies",
      kind: "instructions",
      title: { nl: "Instructies", en: "Instructions" },
      body: INSTRUCTIES,
      rect: { x: 40, y: 160, w: 680, h: 1060 },
    },
  ],
  fields: [
    {
      id: "wijk",
      kind: "text",
      label: { nl: "Over welke wijk gaat het?", en: "Which neighbourhood is this about?" },
      // The session is about its wijk: shown until someone writes something else.
      prefill: "wijk",
      rect: { x: 760, y: 160, w: 1640, h: 220 },
    },
    {
      // The page has no "Leg conclusie vast →"; its own question ("De vraag daarbij luidt: hoe breed of hoe
      // smal zet je de participatie in?") is what it records.
      id: "conclusie",
      kind: "conclusion",
      label: {
        nl: "Hoe breed of hoe smal zet je de participatie in?",
        en: "How broadly or how narrowly do you set up participation?",
      },
      rect: { x: 40, y: 1860, w: 2360, h: 240 },
    },
  ],
  widgets: [
    {
      id: "intern",
      kind: "thermometer",
      title: { nl: "Intern", en: "Internal" },
      scale: {
        from: {
          nl: "smal — Uitsluitend met nauw aan Energie gerelateerde collega’s",
          en: "narrow — Only with colleagues closely related to Energy",
        },
        to: {
          nl: "breed — Alle mogelijke collega’s van aanpalende opgaven zijn onderdeel van de integrale wijkaanpak",
          en: "broad — All possible colleagues from adjacent tasks are part of the integrated neighbourhood approach",
        },
      },
      rect: { x: 760, y: 400, w: 1640, h: 400 },
    },
    {
      id: "extern",
      kind: "thermometer",
      title: { nl: "Extern", en: "External" },
      scale: { from: { nl: "smal", en: "narrow" }, to: { nl: "breed", en: "broad" } },
      rect: { x: 760, y: 820, w: 1640, h: 400 },
    },
  ],
};

/** The Dutch texts above that are not the guide's wording, each with its reason. */
export const participatieInHetKortOwnTexts: readonly string[] = [
  // The guide's participatie worksheets sit in hoofdstuk 2 under "4. Participatie"; the label is ours.
  "Participatie (hoofdstuk 2)",
  // The page gives no time.
  "niet aangegeven in het Spoorboekje",
  // The Extern thermometer's label is in the guide's figure only (the text layer has "extern" just as in
  // "eventueel extern ingevulde").
  "Extern",
];
