import type { LocalizedText, Section, Widget, WorksheetDefinition, Zone } from "@wijkbord/shared";

/** The guide's text beside the table, and the sentence that announces it at the start of hoofdstuk 2. */
const INSTRUCTIES: LocalizedText[] = [
  {
    nl: "De tabel hiernaast is een checklist of de nodige basiselementen onderdeel zijn van de WUP.",
    en: "The table alongside is a checklist of whether the necessary basic elements are part of the WUP (neighbourhood implementation plan).",
  },
  {
    nl: "Als basis van dit plan is ook een template gemaakt met de inhoudsopgave en basisonderdelen. Zie bijlage 1 ‘Template Wijkuitvoeringsplan’",
    en: "As a basis for this plan, a template has also been made with the table of contents and the basic parts. See appendix 1 ‘Template Wijkuitvoeringsplan’ (neighbourhood implementation plan template).",
  },
  {
    nl: "Met een checklist wordt dit hoofdstuk afgesloten zodat je kunt nagaan of alle minimale elementen onderdeel zijn van de WUP.",
    en: "The chapter closes with a checklist so that you can check whether all minimal elements are part of the WUP.",
  },
];

interface Row {
  id: string;
  title: LocalizedText;
}

/** The checklist's groups and rows in the guide's order; ids are stored in boards (checklistSpec's map). */
export const BASISELEMENTEN_GROUPS: ReadonlyArray<{ id: string; title: LocalizedText; rows: Row[] }> = [
  {
    id: "wijkanalyse",
    title: { nl: "Wijkanalyse", en: "Neighbourhood analysis" },
    rows: [
      {
        id: "grenzen-van-de-wijk",
        title: { nl: "Grenzen van de wijk", en: "Boundaries of the neighbourhood" },
      },
      {
        id: "profielschets-bewoners",
        title: { nl: "Profielschets bewoners", en: "Profile of the residents" },
      },
      {
        id: "profielschets-gebouwen",
        title: { nl: "Profielschets gebouwen, incl. eigenaar", en: "Profile of the buildings, incl. owner" },
      },
    ],
  },
  {
    id: "energievoorziening",
    title: { nl: "Definitieve duurzame energievoorziening", en: "Definitive sustainable energy supply" },
    rows: [
      {
        id: "definitieve-energievoorziening",
        title: { nl: "Definitieve duurzame energievoorziening", en: "Definitive sustainable energy supply" },
      },
      {
        id: "datum-overstap",
        title: {
          nl: "Datum overstap laatste woning in de wijk",
          en: "Date the last home in the neighbourhood switches over",
        },
      },
      { id: "aanpassingen-wijk", title: { nl: "Aanpassingen wijk", en: "Changes to the neighbourhood" } },
      { id: "aanpassingen-woningen", title: { nl: "Aanpassingen woningen", en: "Changes to the homes" } },
      {
        id: "duurzaamheid",
        title: {
          nl: "Duurzaamheid van de definitieve energievoorziening",
          en: "Sustainability of the definitive energy supply",
        },
      },
      {
        id: "betaalbaarheid",
        title: {
          nl: "Betaalbaarheid & kosten eindgebruiker en nationale kosten",
          en: "Affordability & costs for the end user and national costs",
        },
      },
      { id: "betrouwbaarheid", title: { nl: "Betrouwbaarheid", en: "Reliability" } },
    ],
  },
  {
    id: "uitvoeringsstrategie",
    title: { nl: "Uitvoeringsstrategie", en: "Implementation strategy" },
    rows: [
      { id: "planning", title: { nl: "Planning", en: "Planning" } },
      {
        id: "afhankelijkheden-en-risicos",
        title: { nl: "Afhankelijkheden en risico’s", en: "Dependencies and risks" },
      },
      { id: "begroting", title: { nl: "Begroting", en: "Budget" } },
    ],
  },
  {
    id: "participatie",
    title: { nl: "Participatie", en: "Participation" },
    rows: [
      {
        id: "omgevingswet",
        title: { nl: "Volgens omgevingswet uitgevoerd", en: "Carried out according to the Omgevingswet" },
      },
      {
        id: "doorgelopen-werkbladen",
        title: { nl: "Doorgelopen werkbladen", en: "Worksheets gone through" },
      },
    ],
  },
];

/** Canvas geometry: a row is its notes zone (the row's text as title) with the status buttons to its right. */
const G = { x: 760, zoneW: 1780, gap: 20, statusW: 600, rowH: 280, sectionH: 100, top: 160 } as const;

function layout(): { sections: Section[]; zones: Zone[]; widgets: Widget[]; bottom: number } {
  const sections: Section[] = [];
  const zones: Zone[] = [];
  const widgets: Widget[] = [];
  let y: number = G.top;
  for (const group of BASISELEMENTEN_GROUPS) {
    sections.push({
      id: group.id,
      title: group.title,
      rect: { x: G.x, y, w: G.zoneW + G.gap + G.statusW, h: G.sectionH },
    });
    y += G.sectionH + G.gap;
    for (const row of group.rows) {
      zones.push({
        id: row.id,
        section: group.id,
        title: row.title,
        rect: { x: G.x, y, w: G.zoneW, h: G.rowH },
      });
      widgets.push({
        id: row.id,
        kind: "checklist",
        title: row.title,
        rect: { x: G.x + G.zoneW + G.gap, y, w: G.statusW, h: G.rowH },
      });
      y += G.rowH + G.gap;
    }
  }
  return { sections, zones, widgets, bottom: y };
}

const { sections, zones, widgets, bottom } = layout();
const WIDTH = G.x + G.zoneW + G.gap + G.statusW + 40;

/**
 * "Conclusies basiselementen in de WUP" — Spoorboekje Lelystad (2021), hoofdstuk 2, the checklist that
 * closes the chapter (after the participatie worksheets). Every Dutch text is the guide's wording,
 * verbatim, except those in the own texts.
 *
 * Layout (canvas units, 3200 × 5440; y < 140 is left free for the title band):
 * - left column x 40–720: instructions card;
 * - x 760–3160: per group of the guide's table a section band, then its rows. A row is a notes zone
 *   whose title is the row's text (a note placed on the row belongs to it) and, to its right, a
 *   `checklist` widget with the same id: the guide's columns To do / Bezig / Klaar as buttons, stored in
 *   the `checklist` map (checklistSpec) under `${instanceId}/${rowId}`. Zone id = widget id = row id,
 *   and the zone's section is the row's group (the report reads the group from it);
 * - the conclusion field across the bottom.
 * Bump the version on any layout change.
 */
export const basiselementenWup: WorksheetDefinition = {
  id: "basiselementen-wup",
  version: 1,
  chapter: {
    nl: "Basiselementen Wijkuitvoeringsplan (hoofdstuk 2)",
    en: "Basic elements of the WUP (chapter 2)",
  },
  title: { nl: "Conclusies basiselementen in de WUP", en: "Conclusions on the basic elements in the WUP" },
  // The page names no Wie / Wanneer / Tijd. The WUP is the projectleider's ("verantwoordelijk voor de
  // realisatie van de wijkaanpak"), who is named with it throughout the participatie steps; the checklist
  // goes with the template "voor het schrijven van de WUP".
  who: { nl: "projectleider WUP", en: "project leader of the WUP" },
  when: { nl: "bij het schrijven van de WUP", en: "while writing the WUP" },
  time: { nl: "niet aangegeven in het Spoorboekje", en: "not specified in the Spoorboekje" },
  instructions: INSTRUCTIES,
  // The WUP is drawn up in fase 4 'Keuzes maken' ("De keuzes en strategieën leg je vast in een
  // concept-uitvoeringsplan") before it goes to the raad in fase 5; the checklist checks that concept.
  // None of the knooppunten the guide names is this check. Its rows touch every spoor: bewoners and
  // buildings incl. owners (A, B), participatie volgens omgevingswet, planning and risks (C), costs and
  // begroting (D), aanpassingen woningen (E), the energievoorziening's betrouwbaarheid (F).
  wijkkompas: { phase: 4, sporen: ["A", "B", "C", "D", "E", "F"] },
  size: { w: WIDTH, h: bottom + 240 + 60 },
  sections,
  zones,
  cards: [
    {
      id: "instructies",
      kind: "instructions",
      title: { nl: "Instructies", en: "Instructions" },
      body: INSTRUCTIES,
      rect: { x: 40, y: 160, w: 680, h: 1300 },
    },
  ],
  fields: [
    {
      // The page has no "Leg conclusie vast →"; its own question is what it records.
      id: "conclusie",
      kind: "conclusion",
      label: {
        nl: "Alle basiselementen onderdeel van de WUP?",
        en: "All basic elements part of the WUP?",
      },
      rect: { x: 40, y: bottom + 20, w: WIDTH - 80, h: 240 },
    },
  ],
  widgets,
};

/** The Dutch texts above that are not the guide's wording, each with its reason. */
export const basiselementenWupOwnTexts: readonly string[] = [
  // The chapter's heading is "Basiselementen Wijkuitvoeringsplan"; the chapter number is ours.
  "Basiselementen Wijkuitvoeringsplan (hoofdstuk 2)",
  // The page names no time and no moment; the template it refers to is "voor het schrijven van de WUP".
  "bij het schrijven van de WUP",
  "niet aangegeven in het Spoorboekje",
];
