import type { LocalizedText, WorksheetDefinition } from "@wijkbord/shared";

/** The guide's "Instructies"; shown on the instructions card (Wie / Wanneer / Tijd come from their fields). */
const INSTRUCTIES: LocalizedText[] = [
  {
    nl: "Om zowel individuele en persoonlijke antwoorden als een gedeeld beeld te krijgen is het belangrijk dat je afwisselt in werkvormen (tabel rechts bevat suggesties).",
    en: "To get both individual, personal answers and a shared picture, it is important to alternate between working formats (the table on the right contains suggestions).",
  },
  { nl: "Werk van boven naar beneden.", en: "Work from top to bottom." },
  {
    nl: "Werk met (eventueel extern ingevulde) rollen voor het faciliteren: gespreksbegeleider, tijdsbewaker, notulist.",
    en: "Work with roles for facilitating (possibly filled by someone from outside): discussion leader, timekeeper, note-taker.",
  },
];

/**
 * "Stap 1 - Een gedeeld verhaal van de wijk" — Spoorboekje Lelystad (2021), hoofdstuk 3 Koppelkansen.
 * Every Dutch text is the guide's wording, verbatim (see `gedeeldVerhaalOwnTexts` for the few that are
 * not); prompts keep the guide's werkvorm in parentheses as the zone's `hint`.
 *
 * Layout (canvas units, 3600 × 3820; y < 140 is left free for the worksheet's title band):
 * - left column x 40–720: instructions card, roles card (the guide's "tabel rechts" is then to the right);
 * - DROMEN (x 760–3560): banner, row of two prompts, "In een wereld waarin alles kan…" holding its six
 *   sub-prompts, row of three prompts;
 * - DREMPELS (x 40–3560): banner, the obstacles prompt holding the tijdslijn (nu · 2030 · 2050) and the
 *   sphere-of-influence prompt holding the berenmatrix (binnen/buiten × korte/lange termijn);
 * - the "Leg conclusie vast →" field across the bottom.
 * Parents are listed before the zones nested in them: `zoneAt` gives later zones priority.
 * Version 1 is the first real layout (the earlier placeholder never shipped). Bump on any layout change.
 */
export const gedeeldVerhaal: WorksheetDefinition = {
  id: "gedeeld-verhaal",
  version: 1,
  chapter: { nl: "Koppelkansen (hoofdstuk 3)", en: "Linking opportunities (chapter 3)" },
  title: {
    nl: "Stap 1 - Een gedeeld verhaal van de wijk",
    en: "Step 1 - A shared story of the neighbourhood",
  },
  subtitle: {
    nl: "Doel van deze activiteit is een gedeeld eindbeeld van de wijk maken, met input vanuit diverse domeinen in de gemeente. Dit vormt de basis voor de rest van de gesprekken. De eerste stap is dromen over wat voor mooie dingen we in de wijk zouden willen zien, om daarna de drempels die daar voor gelden te benoemen.",
    en: "The aim of this activity is to create a shared end picture of the neighbourhood, with input from various domains within the municipality. This forms the basis for the rest of the conversations. The first step is dreaming about the good things we would like to see in the neighbourhood, and then naming the barriers that apply to them.",
  },
  who: {
    nl: "initiator in samenwerking met collega’s en stakeholders",
    en: "initiator in collaboration with colleagues and stakeholders",
  },
  when: { nl: "bij start van het project", en: "at the start of the project" },
  time: {
    nl: "plan in ieder geval 2 uur om de dromen en beren te bespreken, herhaal dit proces zo mogelijk met verschillende betrokkenen.",
    en: "plan at least 2 hours to discuss the dreams and the ‘bears’ (the obstacles); if possible, repeat this process with different people involved.",
  },
  instructions: INSTRUCTIES,
  // The guide's own mapping ("Koppelkansen door het Wijkkompas heen"): the story is made at the start,
  // in the aanloop and in fase 1 'Samen starten', knooppunt "Duidelijkheid over het doel en verhaal van
  // het traject". The guide names no sporen for it; A–C are the sociaal-maatschappelijke sporen, which
  // dominate at the start of the process (Kennisatelier Wijkkompas).
  wijkkompas: {
    phase: 1,
    // The gemeente makes its own version first, in the aanloop: hoofdstuk 3's process "is gemaakt voor de
    // interne gemeentelijke organisatie" and starts with the gedeelde verhaal.
    alsoIn: [0],
    knooppunt: {
      nl: "Duidelijkheid over het doel en verhaal van het traject",
      en: "Clarity about the goal and the story of the process",
    },
    sporen: ["A", "B", "C"],
  },
  size: { w: 3600, h: 3820 },
  sections: [
    { id: "dromen", title: { nl: "DROMEN", en: "DREAMS" }, rect: { x: 760, y: 160, w: 2800, h: 100 } },
    { id: "drempels", title: { nl: "DREMPELS", en: "BARRIERS" }, rect: { x: 40, y: 2240, w: 3520, h: 100 } },
  ],
  zones: [
    {
      id: "dromen-omgeving",
      section: "dromen",
      title: {
        nl: "Wat gebeurt er om ons heen waardoor we op een vernieuwde wijze iets met [naam wijk] willen?",
        en: "What is happening around us that makes us want to do something with [naam wijk] in a new way?",
      },
      hint: { nl: "individuele brainstorm + clustering", en: "individual brainstorm + clustering" },
      rect: { x: 760, y: 280, w: 1390, h: 560 },
    },
    {
      id: "dromen-persoonlijk",
      section: "dromen",
      title: {
        nl: "Waarom vind ik het (persoonlijk) belangrijk dat [naam wijk] een integraal toekomstbestendige invulling krijgt?",
        en: "Why do I (personally) think it is important that [naam wijk] is given an integrated, future-proof shape?",
      },
      hint: { nl: "individueel antwoord", en: "individual answer" },
      rect: { x: 2170, y: 280, w: 1390, h: 560 },
    },
    {
      id: "dromen-toekomst",
      section: "dromen",
      title: {
        nl: "In een wereld waarin alles kan, hoe ziet [naam wijk] er in de toekomst uit?",
        en: "In a world where anything is possible, what does [naam wijk] look like in the future?",
      },
      hint: { nl: "individuele brainstorm + clustering", en: "individual brainstorm + clustering" },
      rect: { x: 760, y: 860, w: 2800, h: 760 },
    },
    {
      id: "dromen-toekomst-bewoners",
      section: "dromen",
      title: {
        nl: "Wie wonen er en hoe voelt het hier te wonen?",
        en: "Who lives here and what does it feel like to live here?",
      },
      rect: { x: 790, y: 1000, w: 440, h: 590 },
    },
    {
      id: "dromen-toekomst-klimaat",
      section: "dromen",
      title: {
        nl: "Hoe zijn we voorbereid op een veranderend klimaat, zowel in de gebouwen als in de openbare ruimte?",
        en: "How are we prepared for a changing climate, both in the buildings and in the public space?",
      },
      rect: { x: 1250, y: 1000, w: 440, h: 590 },
    },
    {
      id: "dromen-toekomst-nieuw",
      section: "dromen",
      title: {
        nl: "Wat is nieuw (gebouwd)? En wie is daarbij betrokken?",
        en: "What is new (built)? And who is involved in it?",
      },
      rect: { x: 1710, y: 1000, w: 440, h: 590 },
    },
    {
      id: "dromen-toekomst-duurzaam",
      section: "dromen",
      title: {
        nl: "Hoe dicht bij de duurzame ambities zijn we? Zijn we al in de donuteconomie?",
        en: "How close are we to the sustainability ambitions? Are we in the doughnut economy yet?",
      },
      rect: { x: 2170, y: 1000, w: 440, h: 590 },
    },
    {
      id: "dromen-toekomst-eigen-1",
      section: "dromen",
      title: {
        nl: "[invullen eigen vraag vanuit relevante invalshoek]",
        en: "[fill in your own question from a relevant angle]",
      },
      facilitatorEditableTitle: true,
      rect: { x: 2630, y: 1000, w: 440, h: 590 },
    },
    {
      id: "dromen-toekomst-eigen-2",
      section: "dromen",
      title: {
        nl: "[invullen eigen vraag vanuit relevante invalshoek]",
        en: "[fill in your own question from a relevant angle]",
      },
      facilitatorEditableTitle: true,
      rect: { x: 3090, y: 1000, w: 440, h: 590 },
    },
    {
      id: "dromen-gedeeld-toekomstbeeld",
      section: "dromen",
      title: { nl: "Welk gedeeld toekomstbeeld ontstaat?", en: "What shared picture of the future emerges?" },
      hint: {
        nl: "gesprek over rode draad, n.a.v. bovenstaande vragen",
        en: "conversation about the common thread, prompted by the questions above",
      },
      rect: { x: 760, y: 1640, w: 920, h: 560 },
    },
    {
      id: "dromen-anders-doen",
      section: "dromen",
      title: {
        nl: "Wat vraagt dit toekomstbeeld van ons om anders te doen dan normaal? Waar kunnen we nu al mee beginnen?",
        en: "What does this picture of the future ask us to do differently from usual? What can we start on right now?",
      },
      hint: { nl: "groepsgesprek", en: "group conversation" },
      rect: { x: 1700, y: 1640, w: 920, h: 560 },
    },
    {
      id: "dromen-verschillen",
      section: "dromen",
      title: {
        nl: "Waarin zitten de grootste verschillen? Met welk van deze verschillen moeten we rekening mee houden?",
        en: "Where are the biggest differences? Which of these differences do we need to take into account?",
      },
      rect: { x: 2640, y: 1640, w: 920, h: 560 },
    },
    {
      id: "drempels-in-de-weg",
      section: "drempels",
      title: {
        nl: "Wat zit dit toekomstbeeld in de weg? En op welke termijn doet dit zich voor?",
        en: "What stands in the way of this picture of the future? And on what time scale does it arise?",
      },
      hint: {
        nl: "individuele brainstorm, gevolgd door groepsgesprek en invullen tijdslijn",
        en: "individual brainstorm, followed by a group conversation and filling in the timeline",
      },
      rect: { x: 40, y: 2360, w: 1740, h: 1140 },
    },
    {
      id: "tijdslijn-nu",
      section: "drempels",
      title: { nl: "Nu", en: "Now" },
      rect: { x: 70, y: 2920, w: 560, h: 550 },
    },
    {
      id: "tijdslijn-2030",
      section: "drempels",
      title: { nl: "2030", en: "2030" },
      rect: { x: 630, y: 2920, w: 560, h: 550 },
    },
    {
      id: "tijdslijn-2050",
      section: "drempels",
      title: { nl: "2050", en: "2050" },
      rect: { x: 1190, y: 2920, w: 560, h: 550 },
    },
    {
      id: "drempels-invloedssfeer",
      section: "drempels",
      title: {
        nl: "Wat daarvan is binnen onze invloedssfeer? Welke korte termijn beperkingen zijn er?",
        en: "Which of these lie within our sphere of influence? What short-term constraints are there?",
      },
      hint: {
        nl: "groepsgesprek, mogelijk invullen in “berenmatrix”",
        en: "group conversation, possibly filling in the “bear matrix” (matrix of obstacles)",
      },
      rect: { x: 1820, y: 2360, w: 1740, h: 1140 },
    },
    {
      id: "berenmatrix-binnen-kort",
      section: "drempels",
      title: {
        nl: "Binnen onze invloedssfeer · korte termijn",
        en: "Within our sphere of influence · short term",
      },
      rect: { x: 1850, y: 2500, w: 830, h: 475 },
    },
    {
      id: "berenmatrix-binnen-lang",
      section: "drempels",
      title: {
        nl: "Binnen onze invloedssfeer · lange termijn",
        en: "Within our sphere of influence · long term",
      },
      rect: { x: 2700, y: 2500, w: 830, h: 475 },
    },
    {
      id: "berenmatrix-buiten-kort",
      section: "drempels",
      title: {
        nl: "Buiten onze invloedssfeer · korte termijn",
        en: "Outside our sphere of influence · short term",
      },
      rect: { x: 1850, y: 2995, w: 830, h: 475 },
    },
    {
      id: "berenmatrix-buiten-lang",
      section: "drempels",
      title: {
        nl: "Buiten onze invloedssfeer · lange termijn",
        en: "Outside our sphere of influence · long term",
      },
      rect: { x: 2700, y: 2995, w: 830, h: 475 },
    },
  ],
  cards: [
    {
      id: "instructies",
      kind: "instructions",
      title: { nl: "Instructies", en: "Instructions" },
      body: INSTRUCTIES,
      rect: { x: 40, y: 160, w: 680, h: 940 },
    },
    {
      id: "rollen",
      kind: "roles",
      title: { nl: "Rollen voor het faciliteren", en: "Roles for facilitating" },
      body: [
        {
          nl: "Gespreksbegeleider — Zorg voor een ervaren gespreksbegeleider en goede vastlegging van de conclusies.",
          en: "Discussion leader — Make sure there is an experienced discussion leader and that the conclusions are recorded well.",
        },
        {
          nl: "Tijdsbewaker — plan in ieder geval 2 uur om de dromen en beren te bespreken",
          en: "Timekeeper — plan at least 2 hours to discuss the dreams and the ‘bears’",
        },
        {
          nl: "Notulist — Zorg dat een notulist het gesprek en de conclusies vastlegt.",
          en: "Note-taker — Make sure a note-taker records the conversation and the conclusions.",
        },
        {
          nl: "Besef tijdens het proces dat het gesprek dat gevoerd wordt en de keuze die gezamenlijk gemaakt wordt in het werkblad net zo, zo niet belangrijker is, dan het resultaat. Daarom is een goede notulist essentieel. Deze zorgt ervoor dat de discussie, de redenering en de conclusie die volgt vastgelegd wordt, evenals de gemaakte afspraken en bepaalde verantwoordelijkheden.",
          en: "Be aware during the process that the conversation that takes place and the choice made together on the worksheet are just as important as the result, if not more so. That is why a good note-taker is essential. The note-taker makes sure that the discussion, the reasoning and the conclusion that follows are recorded, as well as the agreements made and the responsibilities assigned.",
        },
      ],
      rect: { x: 40, y: 1120, w: 680, h: 1080 },
    },
  ],
  fields: [
    {
      id: "conclusie",
      kind: "conclusion",
      label: {
        nl: "Wat is het gedeelde verhaal van deze wijk?",
        en: "What is the shared story of this neighbourhood?",
      },
      rect: { x: 40, y: 3540, w: 3520, h: 240 },
    },
  ],
};

/**
 * The Dutch texts above that are not the guide's wording, each with its reason. Everything else is
 * verbatim; a text joining guide fragments with " — " (role name — description) is checked per fragment.
 */
export const gedeeldVerhaalOwnTexts: readonly string[] = [
  // The guide's heading is just "Koppelkansen" ("Hoofdstuk 3" stands apart from it).
  "Koppelkansen (hoofdstuk 3)",
  // The tijdslijn's marks are drawn in the guide's figure; its text layer does not hold them.
  "Nu",
  "2030",
  "2050",
  // The berenmatrix axes: the guide names the matrix and "binnen onze invloedssfeer" / "korte termijn"
  // only; the opposite ends of both axes are ours.
  "Binnen onze invloedssfeer · korte termijn",
  "Binnen onze invloedssfeer · lange termijn",
  "Buiten onze invloedssfeer · korte termijn",
  "Buiten onze invloedssfeer · lange termijn",
];
