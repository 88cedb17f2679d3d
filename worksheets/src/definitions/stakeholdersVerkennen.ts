import type { LocalizedText, WorksheetDefinition } from "@wijkbord/shared";

/** The guide's "Instructies"; shown on the instructions card (Wie / Wanneer / Tijd come from their fields). */
const INSTRUCTIES: LocalizedText[] = [
  {
    nl: "Behalve de gemeente, zijn er natuurlijk ook andere spelers betrokken in de wijk. De volgende vragen helpen om het bredere stakeholderveld inzichtelijk te maken.",
    en: "Besides the municipality, other players are of course involved in the neighbourhood too. The following questions help to make the wider field of stakeholders visible.",
  },
  {
    nl: "Gemeente Lelystad maakt onderscheid tussen professionele partners en bewoners.",
    en: "The municipality of Lelystad distinguishes between professional partners and residents.",
  },
  {
    nl: "Let op: om te voorkomen dat later in het proces een belangrijke en invloedrijke partij over het hoofd gezien is, moet je nu even de tijd nemen om stil te staan bij alle stakeholders. Zorg dat ook de minder bekende en minder voor de hand liggende stakeholders betrokken worden. Eventueel betrek je daarvoor collega’s van verschillende domeinen.",
    en: "Note: to avoid overlooking an important and influential party later in the process, take the time now to consider all stakeholders. Make sure the less well-known and less obvious stakeholders are involved too. If needed, involve colleagues from different domains for this.",
  },
  {
    nl: "De werkvorm en het proces zijn aan de projectleider om te bepalen. Zorg dat je aan het eind een duidelijke vastlegging hebt (figuur rechts is een voorbeeld).",
    en: "The working format and the process are for the project leader to decide. Make sure you have a clear record at the end (the figure on the right is an example).",
  },
  { nl: "Ga na het in kaart brengen door naar stap 3.", en: "After mapping, go on to step 3." },
];

/**
 * "Stap 2 - Stakeholders verkennen" — Spoorboekje Lelystad (2021), hoofdstuk 2, werkblad participatie 2.
 * Every Dutch text is the guide's wording, verbatim, except the chapter label and the matrix's quadrant
 * titles (see the own texts).
 *
 * Layout (canvas units, 4080 × 2200; y < 140 is left free for the worksheet's title band):
 * - left column x 40–720: instructions card;
 * - x 760–2600: questions 1–6, two per row, in the guide's order (left to right, top to bottom);
 * - x 2640–4040, "figuur rechts" as the instructions say: the TIP card over the invloed × belang matrix,
 *   four quadrant zones `matrix-{hoge|lage}-invloed-{hoog|laag}-belang` with invloed rising upwards and
 *   belang rising to the right (hoge invloed · hoog belang top right);
 * - the "Leg conclusie vast →" field across the bottom.
 * Bump the version on any layout change.
 */
export const stakeholdersVerkennen: WorksheetDefinition = {
  id: "stakeholders-verkennen",
  version: 1,
  chapter: { nl: "Participatie (hoofdstuk 2)", en: "Participation (chapter 2)" },
  title: {
    nl: "Stap 2 - Stakeholders verkennen: wie zijn nog meer betrokken?",
    en: "Step 2 - Explore the stakeholders: who else is involved?",
  },
  who: { nl: "projectinitiator + projectleider WUP", en: "project initiator + WUP project leader" },
  when: { nl: "na stap 1", en: "after step 1" },
  time: { nl: "2 uur", en: "2 hours" },
  instructions: INSTRUCTIES,
  // Fase 1 'Samen starten': "Je verkent vragen als: wie zijn de belanghebbenden, wie zijn er al aangehaakt"
  // (the guide's Wijkkompas chapter); the guide's figure places "Stakeholders verkennen en speelruimte
  // bepalen" as one worksheet there. Knooppunt: the fase-1 one the guide names that covers belangen,
  // "Helderheid over ambities, belangen en prioritering" (the drijfveren, the belang axis of the matrix).
  // Sporen A–C: the questions are about spelers, groups of bewoners, bewonersinitiatieven and social
  // structures (A), the professionele partners among the spelers, woningcorporaties first (B), and weighing
  // every party's belang and invloed (C: "De belangen van alle belanghebbenden worden zorgvuldig
  // meegenomen"); the sociaal-maatschappelijke sporen dominate at the start (Kennisatelier Wijkkompas).
  wijkkompas: {
    phase: 1,
    knooppunt: {
      nl: "Helderheid over ambities, belangen en prioritering",
      en: "Clarity about ambitions, interests and priorities",
    },
    sporen: ["A", "B", "C"],
  },
  size: { w: 4080, h: 2200 },
  sections: [],
  zones: [
    {
      id: "vraag-1",
      label: "1",
      title: {
        nl: "Welke (bekende) spelers zijn actief binnen [naam wijk]?",
        en: "Which (known) players are active in [naam wijk]?",
      },
      rect: { x: 760, y: 160, w: 910, h: 560 },
    },
    {
      id: "vraag-2",
      label: "2",
      title: {
        nl: "Hoe kunnen we deze groeperen in stakeholdergroepen? En welke verschillende groepen van bewoners kunnen we onderscheiden?",
        en: "How can we group them into stakeholder groups? And which different groups of residents can we distinguish?",
      },
      rect: { x: 1690, y: 160, w: 910, h: 560 },
    },
    {
      id: "vraag-3",
      label: "3",
      title: { nl: "Wat zijn hun drijfveren?", en: "What drives them?" },
      rect: { x: 760, y: 740, w: 910, h: 560 },
    },
    {
      id: "vraag-4",
      label: "4",
      title: {
        nl: "Welke bewonersinitiatieven lopen in [naam wijk]?",
        en: "Which residents’ initiatives are under way in [naam wijk]?",
      },
      rect: { x: 1690, y: 740, w: 910, h: 560 },
    },
    {
      id: "vraag-5",
      label: "5",
      title: { nl: "Hoe lopen de sociale structuren?", en: "How do the social structures work?" },
      rect: { x: 760, y: 1320, w: 910, h: 560 },
    },
    {
      id: "vraag-6",
      label: "6",
      title: {
        nl: "Hoe kunnen we aansluiten bij die slagkracht en netwerk?",
        en: "How can we tie in with that drive and network?",
      },
      rect: { x: 1690, y: 1320, w: 910, h: 560 },
    },
    {
      id: "matrix-hoge-invloed-hoog-belang",
      title: { nl: "Hoge invloed · hoog belang", en: "High influence · high interest" },
      rect: { x: 3350, y: 440, w: 690, h: 710 },
    },
    {
      id: "matrix-hoge-invloed-laag-belang",
      title: { nl: "Hoge invloed · laag belang", en: "High influence · low interest" },
      rect: { x: 2640, y: 440, w: 690, h: 710 },
    },
    {
      id: "matrix-lage-invloed-hoog-belang",
      title: { nl: "Lage invloed · hoog belang", en: "Low influence · high interest" },
      rect: { x: 3350, y: 1170, w: 690, h: 710 },
    },
    {
      id: "matrix-lage-invloed-laag-belang",
      title: { nl: "Lage invloed · laag belang", en: "Low influence · low interest" },
      rect: { x: 2640, y: 1170, w: 690, h: 710 },
    },
  ],
  cards: [
    {
      id: "instructies",
      kind: "instructions",
      title: { nl: "Instructies", en: "Instructions" },
      body: INSTRUCTIES,
      rect: { x: 40, y: 160, w: 680, h: 1720 },
    },
    {
      id: "tip",
      kind: "tip",
      title: { nl: "TIP", en: "TIP" },
      body: [
        {
          nl: "Plot deze stakeholders/groepen in matrix en maak daarbij onderscheid in de mate van invloed op de situatie, en de mate van belang voor de betreffende partij. Dit geeft namelijk meteen inzicht in hoe je om moet gaan met de verschillende partijen!",
          en: "Plot these stakeholders/groups in the matrix, distinguishing between the degree of influence on the situation and the degree of interest for the party concerned. This immediately shows how you should deal with the different parties!",
        },
      ],
      rect: { x: 2640, y: 160, w: 1400, h: 260 },
    },
  ],
  fields: [
    {
      // The page has no "Leg conclusie vast →"; its title question is what it records.
      id: "conclusie",
      kind: "conclusion",
      label: { nl: "Wie zijn nog meer betrokken?", en: "Who else is involved?" },
      rect: { x: 40, y: 1920, w: 4000, h: 240 },
    },
  ],
};

/** The Dutch texts above that are not the guide's wording, each with its reason. */
export const stakeholdersVerkennenOwnTexts: readonly string[] = [
  // The guide's participatie worksheets sit in hoofdstuk 2 under "4. Participatie"; the label is ours.
  "Participatie (hoofdstuk 2)",
  // The matrix is a figure in the guide; its text names only "de mate van invloed op de situatie, en de mate
  // van belang" (here) and "hoge invloed en/of hoog belang" (stap 3). The quadrant titles are ours.
  "Hoge invloed · hoog belang",
  "Hoge invloed · laag belang",
  "Lage invloed · hoog belang",
  "Lage invloed · laag belang",
];
