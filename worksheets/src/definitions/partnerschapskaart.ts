import type { LocalizedText, Section, WorksheetDefinition, Zone } from "@wijkbord/shared";

/** The guide's "Instructies"; shown on the instructions card (Wie / Wanneer / Tijd come from their fields). */
const INSTRUCTIES: LocalizedText[] = [
  {
    nl: "Zorg dat je de mensen aan tafel hebt die mandaat hebben om commitment te tekenen/uit te spreken.",
    en: "Make sure the people at the table have the mandate to sign/express commitment.",
  },
  {
    nl: "Zorg voor een ervaren gespreksbegeleider en goede vastlegging van de conclusies.",
    en: "Make sure there is an experienced discussion leader and that the conclusions are recorded well.",
  },
  {
    nl: "Begin bij stap 1 van de Invulkaart Partnerschap (Waarden), en werk van rechts naar links om te eindigen bij stap 5 (Acties).",
    en: "Start at step 1 of the Partnership card (Values), and work from right to left to finish at step 5 (Actions).",
  },
  {
    nl: "Dit commitment kan altijd in overleg met de betrokken partners herzien worden.",
    en: "This commitment can always be revised in consultation with the partners involved.",
  },
  {
    nl: "Deze Invulkaart Partnerschap met bijbehorend proces is vergelijkbaar met het gedeelde verhaal ‘Koppelkansen Kiezen’. Verschil zit in het feit dat bij deze invulkaart een consortium gevormd wordt, terwijl de koppelkansen met name betrekking hebben op samenwerking binnen de gemeente.",
    en: "This Partnership card and its process are comparable to the shared story of ‘Koppelkansen Kiezen’ (choosing linking opportunities). The difference is that this card forms a consortium, whereas the linking opportunities mainly concern collaboration within the municipality.",
  },
];

/**
 * Top of the columns' zones, their total height (chosen so that 5, 3 and 2 stacked zones all get whole
 * heights), the gap between stacked zones and a column's width.
 */
const TOP = 400;
const HEIGHT = 2650;
const GAP = 20;
const COLUMN_W = 640;

/**
 * The card's five columns in the guide's step order. Step 1 is the rightmost column: the card is read
 * from right to left, so column `step` starts at x = 760 + (5 − step) × (640 + 20).
 */
const COLUMNS: ReadonlyArray<{
  step: number;
  id: string;
  title: LocalizedText;
  questions: ReadonlyArray<{ id: string; title: LocalizedText; hint?: LocalizedText }>;
}> = [
  {
    step: 1,
    id: "waarden",
    title: { nl: "Waarden", en: "Values" },
    questions: [
      {
        id: "waarden-geslaagd-als",
        title: { nl: "Ik vind … geslaagd als …", en: "I consider … a success if …" },
        hint: { nl: "één regel per partner", en: "one line per partner" },
      },
    ],
  },
  {
    step: 2,
    id: "relaties",
    title: { nl: "Relaties", en: "Relations" },
    questions: [
      { id: "relaties-communiceren", title: { nl: "Hoe communiceren we?", en: "How do we communicate?" } },
      {
        id: "relaties-zeggenschap-delen",
        title: { nl: "Hoe gaan we zeggenschap delen?", en: "How are we going to share control?" },
      },
      {
        id: "relaties-iedereen-betrekken",
        title: { nl: "Hoe betrekken we iedereen?", en: "How do we involve everyone?" },
      },
      {
        id: "relaties-eigen-kracht",
        title: { nl: "Hoe blijft ieder in eigen kracht?", en: "How does everyone keep their own strength?" },
      },
      {
        id: "relaties-samen-beslissen",
        title: { nl: "Hoe beslissen we samen?", en: "How do we decide together?" },
      },
    ],
  },
  {
    step: 3,
    id: "handelen",
    title: { nl: "Handelen", en: "Acting" },
    questions: [
      {
        id: "handelen-kunnen-en-rol",
        title: {
          nl: "Wat moeten we kunnen, vanuit welke rol?",
          en: "What must we be able to do, in which role?",
        },
      },
      {
        id: "handelen-kennis-delen",
        title: { nl: "Welke kennis gaan we delen?", en: "What knowledge are we going to share?" },
      },
    ],
  },
  {
    step: 4,
    id: "condities",
    title: { nl: "Condities", en: "Conditions" },
    questions: [
      {
        id: "condities-mensen",
        title: { nl: "Wat vragen we van mensen?", en: "What do we ask of people?" },
      },
      {
        id: "condities-omgeving",
        title: { nl: "Wat vragen we van de omgeving?", en: "What do we ask of the environment?" },
      },
    ],
  },
  {
    step: 5,
    id: "acties",
    title: { nl: "Acties", en: "Actions" },
    questions: [
      { id: "acties-ik", title: { nl: "Wat ga ik doen?", en: "What am I going to do?" } },
      { id: "acties-wij", title: { nl: "Wat gaan we doen?", en: "What are we going to do?" } },
      {
        id: "acties-anderen",
        title: { nl: "Wat vragen we aan anderen?", en: "What do we ask of others?" },
      },
    ],
  },
];

const columnX = (step: number) => 760 + (5 - step) * (COLUMN_W + GAP);

const columnSections: Section[] = COLUMNS.map((c) => ({
  id: c.id,
  title: c.title,
  subtitle: { nl: `stap ${c.step}`, en: `step ${c.step}` },
  rect: { x: columnX(c.step), y: 280, w: COLUMN_W, h: 100 },
}));

/** A column's questions stacked, sharing its height equally. */
const columnZones: Zone[] = COLUMNS.flatMap((c) => {
  const n = c.questions.length;
  const h = (HEIGHT - (n - 1) * GAP) / n;
  return c.questions.map((q, i) => ({
    id: q.id,
    label: String(c.step),
    section: c.id,
    title: q.title,
    ...(q.hint ? { hint: q.hint } : {}),
    rect: { x: columnX(c.step), y: TOP + i * (h + GAP), w: COLUMN_W, h },
  }));
});

/**
 * "Stap 4 - Commitment uiten" with the Invulkaart Partnerschap — Spoorboekje Lelystad (2021), hoofdstuk 2,
 * werkblad participatie 4. The card itself (the HAN Partnerschapskaart) is a picture in the guide: its
 * wording is not in the guide's text and is listed in the own texts; the frame around it (title, Wie /
 * Wanneer / Tijd, instructions) is the guide's, verbatim.
 *
 * Layout (canvas units, 4080 × 3370; y < 140 is left free for the worksheet's title band):
 * - left column x 40–720: instructions card;
 * - x 760–4040: the banner "voorwaarden + samenwerking = succes" over the five columns, each with a header
 *   (its name and "stap N") and its questions stacked as zones. The columns run right to left, as the card
 *   is filled in: 1 Waarden on the right, then Relaties, Handelen, Condities, and 5 Acties on the left.
 *   Every zone carries its column's step number as its label;
 * - the "Leg conclusie vast →" field and the "Versie ingevuld door" field along the bottom.
 * Bump the version on any layout change.
 */
export const partnerschapskaart: WorksheetDefinition = {
  id: "partnerschapskaart",
  version: 1,
  chapter: { nl: "Participatie (hoofdstuk 2)", en: "Participation (chapter 2)" },
  title: {
    nl: "Stap 4 - Commitment uiten: wat spreken we af voor de samenwerking?",
    en: "Step 4 - Express commitment: what do we agree on for the collaboration?",
  },
  subtitle: {
    nl: "Wanneer duidelijk is wie betrokken moet en kan zijn, is het van belang de samenwerking niet vrijblijvend te houden, maar daadwerkelijk commitment uit te spreken.",
    en: "Once it is clear who must and can be involved, it is important not to keep the collaboration non-committal, but to actually express commitment.",
  },
  who: {
    nl: "projectleider WUP + participerende partijen",
    en: "WUP project leader + participating parties",
  },
  when: {
    nl: "echt als laatste stap van de verkenning van het participatieproces.",
    en: "really as the last step of exploring the participation process.",
  },
  // Verbatim, including the guide's "te tijd" (for "de tijd").
  time: {
    nl: "neem ruim te tijd om deze kaart in te vullen.",
    en: "take plenty of time to fill in this card.",
  },
  instructions: INSTRUCTIES,
  // Fase 1 'Samen starten' ends in commitment: "Aan het einde van deze fase spreken partijen de intentie uit
  // om samen aan de slag te gaan", with as result "De vorm van de samenwerking binnen het projectteam is
  // bepaald" (the guide's Wijkkompas chapter; its figure places "Werkblad 4 Commitment uiten" after the
  // stakeholder worksheets). None of the knooppunten the guide names is this moment, so none is given.
  // Sporen A–C: the partners are the bewoners (A) and professionele partijen (B) found in stappen 2–3, and
  // the card records, with mandate, how they decide together and share zeggenschap (C).
  wijkkompas: { phase: 1, sporen: ["A", "B", "C"] },
  size: { w: 4080, h: 3370 },
  sections: [
    {
      id: "banner",
      title: { nl: "voorwaarden + samenwerking = succes", en: "conditions + collaboration = success" },
      rect: { x: 760, y: 160, w: 3280, h: 100 },
    },
    ...columnSections,
  ],
  zones: columnZones,
  cards: [
    {
      id: "instructies",
      kind: "instructions",
      title: { nl: "Instructies", en: "Instructions" },
      body: INSTRUCTIES,
      rect: { x: 40, y: 160, w: 680, h: 1500 },
    },
  ],
  fields: [
    {
      // The page has no "Leg conclusie vast →"; its title question is what it records.
      id: "conclusie",
      kind: "conclusion",
      label: {
        nl: "Wat spreken we af voor de samenwerking?",
        en: "What do we agree on for the collaboration?",
      },
      rect: { x: 40, y: 3090, w: 2940, h: 240 },
    },
    {
      id: "versie-ingevuld-door",
      kind: "text",
      label: { nl: "Versie ingevuld door", en: "Version filled in by" },
      rect: { x: 3000, y: 3090, w: 1040, h: 240 },
    },
  ],
};

/** The Dutch texts above that are not the guide's wording, each with its reason. */
export const partnerschapskaartOwnTexts: readonly string[] = [
  // The guide's participatie worksheets sit in hoofdstuk 2 under "4. Participatie"; the label is ours.
  "Participatie (hoofdstuk 2)",
  // The Invulkaart Partnerschap is a picture in the guide (the HAN Partnerschapskaart): its banner, column
  // names, questions and "versie ingevuld door" line are not in the guide's text layer. They follow the card
  // (design doc `worksheets.md`); "Waarden" and "Acties" are also in the guide's instructions and so are
  // checked. The Waarden column's "one line per partner" is the card's layout, given as the zone's hint.
  "voorwaarden + samenwerking = succes",
  "Relaties",
  "Handelen",
  "Condities",
  ...COLUMNS.flatMap((c) => c.questions.map((q) => q.title.nl)),
  "één regel per partner",
  "Ik vind … geslaagd als … (één regel per partner)",
  "Versie ingevuld door",
];
