import type { Field, LocalizedText, WorksheetDefinition, Zone } from "@wijkbord/shared";

/** The guide's "Instructies"; shown on the instructions card (Wie / Wanneer / Tijd come from their fields). */
const INSTRUCTIES: LocalizedText[] = [
  {
    nl: "Doe deze exercitie in ieder geval twee keer: met professionele stakeholders en met bewoners. Voor compleetheid doe je deze exercitie in samenwerking met de betreffende partijen:",
    en: "Do this exercise at least twice: with professional stakeholders and with residents. For completeness, do this exercise together with the parties concerned:",
  },
  {
    nl: "1. Vul de naam in van de verschillende partijen.",
    en: "1. Fill in the names of the different parties.",
  },
  {
    nl: "2. Ga vervolgens na wat de betreffende partij wil en kan. Dit zijn de mogelijkheden voor participatie.",
    en: "2. Then find out what the party concerned wants to do and can do. These are the possibilities for participation.",
  },
  {
    nl: "3. Ga daarnaast ook na wat de betreffende partij niet kan en niet wil. Gebruik daarbij de verschillende participatiemogelijkheden (zoals in de participatie nieuwe stijl) als referentie.",
    en: "3. In addition, find out what the party concerned cannot do and does not want to do. Use the various forms of participation (as in ‘participatie nieuwe stijl’) as a reference.",
  },
  {
    nl: "4. Wanneer dit voor de (in dit template) vier partijen is benoemd, kijk je overkoepelend naar de mogelijkheden en aandachtspunten voor participatie. Leg dit vast in de conclusie: welke partijen kunnen hoe participeren in de wijkaanpak?",
    en: "4. Once this has been named for the four parties (in this template), look across them at the possibilities and points of attention for participation. Record this in the conclusion: which parties can participate in the neighbourhood approach, and how?",
  },
  {
    nl: "Kijk voordat je doorgaat naar stap 4 nogmaals naar de voorgaande stappen en vul indien nodig aan. Ga daarna door naar stap 4.",
    en: "Before going on to step 4, look at the previous steps once more and add to them where needed. Then go on to step 4.",
  },
];

/** How many stakeholder cards the guide's template has: a session starts with these. */
export const SPEELRUIMTE_STAKEHOLDERS = 4;
/** How many stakeholder cards one instance can grow to ("Kaart toevoegen"). */
export const SPEELRUIMTE_MAX_STAKEHOLDERS = 8;

/** A stakeholder card: name field on top, then the 2×2 of willen (rows) × kunnen (columns). */
const CARD = { w: 980, h: 1260, field: 180, cell: { w: 480, h: 520 }, gap: 20 } as const;

/** The four quadrants in reading order: wel willen on top, wel kunnen on the left. */
const QUADRANTS: ReadonlyArray<{ key: string; row: 0 | 1; col: 0 | 1; title: LocalizedText }> = [
  {
    key: "wel-willen-wel-kunnen",
    row: 0,
    col: 0,
    title: { nl: "Wel willen · wel kunnen", en: "Want to · can" },
  },
  {
    key: "wel-willen-niet-kunnen",
    row: 0,
    col: 1,
    title: { nl: "Wel willen · niet kunnen", en: "Want to · cannot" },
  },
  {
    key: "niet-willen-wel-kunnen",
    row: 1,
    col: 0,
    title: { nl: "Niet willen · wel kunnen", en: "Do not want to · can" },
  },
  {
    key: "niet-willen-niet-kunnen",
    row: 1,
    col: 1,
    title: { nl: "Niet willen · niet kunnen", en: "Do not want to · cannot" },
  },
];

/**
 * Top-left corners of the cards, 60 apart: the guide's four two by two (1 2 / 3 4), and to their right
 * the four a session can add, likewise (5 6 / 7 8).
 */
const CARD_ORIGINS: ReadonlyArray<{ x: number; y: number }> = [
  { x: 760, y: 160 },
  { x: 1800, y: 160 },
  { x: 760, y: 1480 },
  { x: 1800, y: 1480 },
  { x: 2840, y: 160 },
  { x: 3880, y: 160 },
  { x: 2840, y: 1480 },
  { x: 3880, y: 1480 },
];

function stakeholderZones(n: number, origin: { x: number; y: number }): Zone[] {
  return QUADRANTS.map((q) => ({
    id: `stakeholder-${n}-${q.key}`,
    title: q.title,
    card: n,
    // The card's name field says for which party a note is: reports print it with the quadrant.
    namedBy: `stakeholder-${n}-naam`,
    rect: {
      x: origin.x + q.col * (CARD.cell.w + CARD.gap),
      y: origin.y + CARD.field + CARD.gap + q.row * (CARD.cell.h + CARD.gap),
      w: CARD.cell.w,
      h: CARD.cell.h,
    },
  }));
}

function stakeholderField(n: number, origin: { x: number; y: number }): Field {
  return {
    id: `stakeholder-${n}-naam`,
    kind: "text",
    label: { nl: "Stakeholder", en: "Stakeholder" },
    card: n,
    // The guide asks the group to name the parties ("Vul de naam in van de verschillende partijen"); the
    // facilitator may keep the names to themselves (FACILITATION.stakeholderNames).
    facilitatorOnly: true,
    rect: { x: origin.x, y: origin.y, w: CARD.w, h: CARD.field },
  };
}

/**
 * "Stap 3 - Speelruimte definiëren" — Spoorboekje Lelystad (2021), hoofdstuk 2, werkblad participatie 3.
 * Every Dutch text is the guide's wording, verbatim, except the chapter label and the quadrant titles (see
 * the own texts).
 *
 * Layout (canvas units, 4900 × 3060; y < 140 is left free for the worksheet's title band):
 * - left column x 40–720: instructions card, below it the "Stakeholders uit stap 2 overnemen" action;
 * - x 760–2780: the guide's four stakeholder cards, two by two (1 2 / 3 4), each a "Stakeholder" name field
 *   (`stakeholder-N-naam`) over a 2×2 of zones `stakeholder-N-{wel|niet}-willen-{wel|niet}-kunnen`, willen
 *   in the rows (wel on top) and kunnen in the columns (wel on the left);
 * - x 2840–4860: room for cards 5–8, the same way (5 6 / 7 8). They are `addableCards`: a session shows
 *   the guide's four and adds the others one by one ("Kaart toevoegen", BOARD.cardCounts); a hidden
 *   card is not drawn, holds no note (`zoneAt`) and is not in the report;
 * - the "Leg conclusie vast →" field across the bottom.
 * The guide does the exercise twice (professionele stakeholders, bewoners): a session adds the worksheet
 * again (instances `speelruimte-2`, …). Version 1 (four fixed cards, 2820 wide) is `speelruimteV1`.
 * Bump the version on any layout change.
 */
export const speelruimte: WorksheetDefinition = {
  id: "speelruimte",
  version: 2,
  chapter: { nl: "Participatie (hoofdstuk 2)", en: "Participation (chapter 2)" },
  title: {
    nl: "Stap 3 - Speelruimte definiëren: wat willen/kunnen stakeholders wel/niet?",
    en: "Step 3 - Define the room to manoeuvre: what do stakeholders want to / can they do, and what not?",
  },
  subtitle: {
    nl: "Participatie is naast willen ook een kwestie van kunnen. Deze exercitie heeft betrekking op de stakeholders met hoge invloed en/of hoog belang.",
    en: "Besides wanting to, participation is also a matter of being able to. This exercise concerns the stakeholders with high influence and/or a high interest.",
  },
  who: {
    nl: "projectteam, indien mogelijk met de betreffende partijen zelf er bij.",
    en: "project team, if possible with the parties concerned present themselves.",
  },
  when: { nl: "na stap 2", en: "after step 2" },
  time: { nl: "4 uur", en: "4 hours" },
  instructions: INSTRUCTIES,
  // The guide's figure places "Stakeholders verkennen en speelruimte bepalen" as one worksheet, so the
  // placement is stap 2's: fase 1 'Samen starten' ("wie zijn de belanghebbenden, wie zijn er al aangehaakt,
  // hoe werk je samen"), knooppunt "Helderheid over ambities, belangen en prioritering" (what each party
  // wants and can is its belang). The participation knooppunt the guide names, "Passende participatievormen
  // voor bewoners kiezen", lies in fase 3 and builds on this. Sporen A–C: done with bewoners (A) and with the
  // professionele stakeholders, vastgoedeigenaren among them (B), for the parties with "hoge invloed en/of
  // hoog belang" whose belangen the process must weigh (C).
  wijkkompas: {
    phase: 1,
    knooppunt: {
      nl: "Helderheid over ambities, belangen en prioritering",
      en: "Clarity about ambitions, interests and priorities",
    },
    sporen: ["A", "B", "C"],
  },
  size: { w: 4900, h: 3060 },
  sections: [],
  zones: CARD_ORIGINS.flatMap((origin, i) => stakeholderZones(i + 1, origin)),
  cards: [
    {
      id: "instructies",
      kind: "instructions",
      title: { nl: "Instructies", en: "Instructions" },
      body: INSTRUCTIES,
      rect: { x: 40, y: 160, w: 680, h: 1260 },
    },
  ],
  fields: [
    ...CARD_ORIGINS.map((origin, i) => stakeholderField(i + 1, origin)),
    {
      // The guide's "Conclusie:" with the question its instructions give for it.
      id: "conclusie",
      kind: "conclusion",
      label: {
        nl: "Welke partijen kunnen hoe participeren in de wijkaanpak?",
        en: "Which parties can participate in the neighbourhood approach, and how?",
      },
      rect: { x: 40, y: 2780, w: 4820, h: 240 },
    },
  ],
  widgets: [
    {
      // Stap 3 is about stap 2's stakeholders "met hoge invloed en/of hoog belang": one action copies
      // the names from stap 2's matrix into the empty cards (pullStakeholderNames).
      id: "stakeholders-overnemen",
      kind: "stakeholder-pull",
      title: { nl: "Stakeholders uit stap 2 overnemen", en: "Take over the stakeholders from step 2" },
      rect: { x: 40, y: 1480, w: 680, h: 360 },
    },
  ],
  addableCards: { initial: SPEELRUIMTE_STAKEHOLDERS, max: SPEELRUIMTE_MAX_STAKEHOLDERS },
};

/** The Dutch texts above that are not the guide's wording, each with its reason. */
export const speelruimteOwnTexts: readonly string[] = [
  // The guide's participatie worksheets sit in hoofdstuk 2 under "4. Participatie"; the label is ours.
  "Participatie (hoofdstuk 2)",
  // The guide draws each card's 2×2 with WEL / NIET and willen / kunnen on its axes; the quadrant titles
  // combining them are ours.
  ...QUADRANTS.map((q) => q.title.nl),
  // The action that takes stap 2's stakeholders over is ours; the guide asks to fill in the names.
  "Stakeholders uit stap 2 overnemen",
];
