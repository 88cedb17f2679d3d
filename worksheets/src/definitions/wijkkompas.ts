import type {
  Card,
  Field,
  LocalizedText,
  Section,
  Widget,
  WorksheetDefinition,
  Zone,
} from "@wijkbord/shared";
import {
  phaseHeading,
  WIJKKOMPAS_BELANGHEBBENDEN,
  WIJKKOMPAS_SPOREN,
  WIJKKOMPAS_STAGES,
  type WijkkompasPhase,
} from "./wijkkompasModel.ts";

/** The Spoorboekje's explanation of the model and its knooppunten (hoofdstuk 4), sentence by sentence. */
const INSTRUCTIES: LocalizedText[] = [
  {
    nl: "Tijdens het proces passeer je meer dan 90 zogeheten knooppunten. Dit zijn stappen in het proces die een beslissende invloed hebben op het vervolg. Dit zijn de stappen waar je als projectteam voor de wijk alert op moet zijn en moet voorbereiden.",
    en: "During the process you pass more than 90 so-called junctions (knooppunten). These are steps in the process that have a decisive influence on what follows. They are the steps the project team for the neighbourhood must watch out for and prepare.",
  },
  {
    nl: "Per knooppunt staat beschreven wat op dat moment in het proces moet gebeuren.",
    en: "For each junction it is described what has to happen at that moment in the process.",
  },
  {
    nl: "Er lopen allerlei zaken door elkaar. Het is een ‘iteratief proces’ dat alle kanten opgaat.",
    en: "All sorts of things run in parallel. It is an ‘iterative process’ that goes in every direction.",
  },
  {
    nl: "Om een wijkaanpak succesvol te laten verlopen, is het noodzakelijk om alle zes sporen in beeld te houden en op passende momenten te betrekken.",
    en: "For a neighbourhood approach to succeed, it is necessary to keep all six tracks (sporen) in view and to involve them at the right moments.",
  },
];

/** Canvas geometry: a column per phase, a row per spoor, spoor names in a header column on the left. */
const G = {
  headerX: 760,
  headerW: 400,
  colX: 1180,
  colW: 560,
  gap: 20,
  sectionY: 160,
  sectionH: 100,
  widgetY: 280,
  widgetH: 1200,
  rowH: 480,
} as const;
const colX = (i: number) => G.colX + i * (G.colW + G.gap);
const rowY = (j: number) => G.widgetY + G.widgetH + G.gap + j * (G.rowH + G.gap);
const GRID_BOTTOM = rowY(WIJKKOMPAS_SPOREN.length) - G.gap;

/**
 * What the worksheet holds per column, for the given phases (version 1: the six phases; version 2 the
 * aanloop before them too): a heading band, a `knooppunten` widget and a notes zone per spoor. The
 * zones show only their spoor's letter: the header column on the left names the spoor (`labelOnly`).
 */
export function wijkkompasGrid(phases: readonly WijkkompasPhase[]) {
  const width = colX(phases.length) - G.gap + 40;
  const sections: Section[] = phases.map((p, i) => ({
    id: p.id,
    title: phaseHeading(p),
    rect: { x: colX(i), y: G.sectionY, w: G.colW, h: G.sectionH },
  }));
  const widgets: Widget[] = phases.map((p, i) => ({
    id: p.id,
    kind: "knooppunten",
    title: { nl: "Knooppunten", en: "Junctions (knooppunten)" },
    rect: { x: colX(i), y: G.widgetY, w: G.colW, h: G.widgetH },
  }));
  /** One notes zone per phase × spoor: where the group stands on that spoor in that phase. */
  const zones: Zone[] = phases.flatMap((p, i) =>
    WIJKKOMPAS_SPOREN.map((s, j) => ({
      id: `${p.id}-spoor-${s.letter.toLowerCase()}`,
      label: s.letter,
      section: p.id,
      title: s.title,
      labelOnly: true,
      rect: { x: colX(i), y: rowY(j), w: G.colW, h: G.rowH },
    })),
  );
  const cards: Card[] = [
    {
      id: "instructies",
      kind: "instructions",
      title: { nl: "Instructies", en: "Instructions" },
      body: INSTRUCTIES,
      rect: { x: 40, y: 160, w: 680, h: 1320 },
    },
    {
      id: "belanghebbenden",
      kind: "reference",
      title: { nl: "Belanghebbenden", en: "Stakeholders" },
      body: [...WIJKKOMPAS_BELANGHEBBENDEN],
      rect: { x: 40, y: 1500, w: 680, h: GRID_BOTTOM - 1500 },
    },
    ...WIJKKOMPAS_SPOREN.map(
      (s, j): Card => ({
        id: `spoor-${s.letter.toLowerCase()}`,
        kind: "reference",
        title: { nl: `${s.letter}) ${s.title.nl}`, en: `${s.letter}) ${s.title.en}` },
        body: [],
        rect: { x: G.headerX, y: rowY(j), w: G.headerW, h: G.rowH },
      }),
    ),
  ];
  const fields: Field[] = [
    {
      // No conclusion prompt in the sources; the worksheet's own question.
      id: "conclusie",
      kind: "conclusion",
      label: { nl: "Waar staan we?", en: "Where do we stand?" },
      rect: { x: 40, y: GRID_BOTTOM + 20, w: width - 80, h: 240 },
    },
  ];
  return {
    size: { w: width, h: GRID_BOTTOM + 20 + 240 + 40 },
    sections,
    zones,
    cards,
    fields,
    widgets,
  } satisfies Partial<WorksheetDefinition>;
}

/**
 * "Het Wijkkompas: waar staan we?" — the Wijkkompas model of Spoorboekje hoofdstuk 4 as a board on
 * which the group records where its wijkaanpak stands. Texts are verbatim from the Spoorboekje or the
 * Wijkkompas source texts (wijkkompas-sporen-en-belanghebbenden, kennisatelier-wijkkompas,
 * knooppunt-karakteriseren-koppelkansen), except the own texts.
 *
 * Layout (canvas units, 5260 × 4780; y < 140 is left free for the title band):
 * - left column x 40–720: instructions card and the belanghebbenden as a reference card;
 * - per phase a column (x 1180–5220), the aanloop first ("aanloopfase (links)", as in the guide's
 *   figure), then fase 1–6: its heading band (section `aanloop` / `fase-N`), a `knooppunten` widget with
 *   the same id listing the phase's knooppunten (the aanloop has none), each with a status in
 *   the `knooppunten` map under `${instanceId}/${knooppuntId}`, and the catalogue's worksheets of that phase
 *   (read from each definition's `wijkkompas.phase` and `alsoIn`, so the list follows the definitions);
 *   then one notes zone per spoor (`aanloop-spoor-x`, `fase-N-spoor-x`) showing only the spoor's letter,
 *   the sporen named in a header column (x 760–1160);
 * - the conclusion field across the bottom.
 * Version 1 (`wijkkompasV1`, no aanloop column, 4680 wide) stays for the sessions that store it; version
 * 2's zones keep version 1's ids. Bump the version on any layout change.
 */
export const wijkkompas: WorksheetDefinition = {
  id: "wijkkompas",
  version: 2,
  chapter: { nl: "Aan de slag (hoofdstuk 4)", en: "Getting started (chapter 4)" },
  title: { nl: "Het Wijkkompas: waar staan we?", en: "The Wijkkompas: where do we stand?" },
  subtitle: {
    nl: "Het Wijkkompas geeft inzicht in wat er allemaal bij een wijkaanpak komt kijken; van de fases, tot allerlei belanghebbenden.",
    en: "The Wijkkompas (neighbourhood compass) gives insight into everything a neighbourhood approach involves; from the phases to all kinds of stakeholders.",
  },
  who: { nl: "projectteam voor de wijk", en: "the project team for the neighbourhood" },
  when: { nl: "Het hele proces, van begin tot eind", en: "The whole process, from beginning to end" },
  time: { nl: "niet aangegeven in het Spoorboekje", en: "not specified in the Spoorboekje" },
  instructions: INSTRUCTIES,
  // The overview spans every phase, but a placement needs one: the guide takes the stand van zaken with it
  // where Lelystad is, in the aanloop ("Huidige positie Lelystad in proces Wijkkompas … In het Wijkkompas
  // wordt naar deze fase verwezen als 'de aanloop'"), as does the kennisatelier's workshop for wijken "in
  // een relatief vroeg stadium" ("gemeenschappelijk aan de hand van het Wijkkompas worden bepaald wat de
  // stand van zaken in jouw wijk is"). All six sporen.
  wijkkompas: { phase: 0, sporen: ["A", "B", "C", "D", "E", "F"] },
  ...wijkkompasGrid(WIJKKOMPAS_STAGES),
};

/** The Dutch texts above that are not in the sources, each with its reason. */
export const wijkkompasOwnTexts: readonly string[] = [
  // The Spoorboekje's hoofdstuk 4 is headed "Aan de slag!"; the chapter number is ours.
  "Aan de slag (hoofdstuk 4)",
  // The worksheet's title and question are ours (the catalogue's); the guide has "Huidige positie
  // Lelystad in proces Wijkkompas".
  "Het Wijkkompas: waar staan we?",
  "Waar staan we?",
  "niet aangegeven in het Spoorboekje",
];
