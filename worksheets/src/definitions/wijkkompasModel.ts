import type { LocalizedText, WorksheetDefinition } from "@wijkbord/shared";

type Spoor = WorksheetDefinition["wijkkompas"]["sporen"][number];

/*
 * The Wijkkompas model as the source texts give it: six phases (the Spoorboekje's list), six sporen
 * (wijkkompas-sporen-en-belanghebbenden.txt), the knooppunten the Spoorboekje and the knooppunt page
 * name, and the belanghebbenden list. Ids are stored in boards (knooppuntenSpec's map) and reports.
 */

export interface WijkkompasPhase {
  /** Also the id of the phase's section and `knooppunten` widget on the wijkkompas worksheet. */
  id: string;
  /** 1–6; 0 is the aanloop before the Wijkkompas's phases (`WIJKKOMPAS_AANLOOP`). */
  number: 0 | 1 | 2 | 3 | 4 | 5 | 6;
  title: LocalizedText;
}

/**
 * The aanloop: what the gemeente does before the wijkaanpak starts (the Spoorboekje's "Huidige positie
 * Lelystad": "In het Wijkkompas wordt naar deze fase verwezen als 'de aanloop'"). The guide's figure
 * "Gebruik van de werkbladen in de fases van het Wijkkompas" plots worksheets "in zowel de aanloopfase
 * (links) als het Wijkkompas zelf (rechts)". No knooppunt lies in it.
 */
export const WIJKKOMPAS_AANLOOP: WijkkompasPhase = {
  id: "aanloop",
  number: 0,
  title: { nl: "Aanloopfase", en: "Run-up phase" },
};

export const WIJKKOMPAS_PHASES: readonly WijkkompasPhase[] = [
  { id: "fase-1", number: 1, title: { nl: "Samen starten", en: "Starting together" } },
  { id: "fase-2", number: 2, title: { nl: "Karakteriseren van het gebied", en: "Characterising the area" } },
  { id: "fase-3", number: 3, title: { nl: "Strategieën identificeren", en: "Identifying strategies" } },
  { id: "fase-4", number: 4, title: { nl: "Keuzes maken", en: "Making choices" } },
  { id: "fase-5", number: 5, title: { nl: "Voorbereiding", en: "Preparation" } },
  { id: "fase-6", number: 6, title: { nl: "Realisatie en nazorg", en: "Realisation and aftercare" } },
];

/** The aanloop and the six phases, in order: the columns of the wijkkompas worksheet. */
export const WIJKKOMPAS_STAGES: readonly WijkkompasPhase[] = [WIJKKOMPAS_AANLOOP, ...WIJKKOMPAS_PHASES];

/** "Aanloopfase" or "3. Strategieën identificeren": how a worksheet heads a phase. */
export function phaseHeading(p: WijkkompasPhase): LocalizedText {
  if (p.number === 0) return p.title;
  return { nl: `${p.number}. ${p.title.nl}`, en: `${p.number}. ${p.title.en}` };
}

/** The six sporen A–F: three sociaal-maatschappelijke (A–C), three technisch-economische (D–F). */
export const WIJKKOMPAS_SPOREN: ReadonlyArray<{ letter: Spoor; title: LocalizedText }> = [
  { letter: "A", title: { nl: "Bewoners doen mee", en: "Residents take part" } },
  {
    letter: "B",
    title: { nl: "Zakelijke vastgoedeigenaren doen mee", en: "Commercial property owners take part" },
  },
  {
    letter: "C",
    title: {
      nl: "Besluitvorming verloopt zorgvuldig en transparant",
      en: "Decision-making is careful and transparent",
    },
  },
  {
    letter: "D",
    title: { nl: "Overstap is betaalbaar en financierbaar", en: "The switch is affordable and financeable" },
  },
  {
    letter: "E",
    title: {
      nl: "Er is voor alle gebouwen passend renovatieaanbod",
      en: "There is a suitable renovation offer for every building",
    },
  },
  {
    letter: "F",
    title: {
      nl: "Energienetwerk is betrouwbaar en fossielvrij",
      en: "The energy network is reliable and fossil-free",
    },
  },
];

export interface Knooppunt {
  id: string;
  phase: Exclude<WijkkompasPhase["number"], 0>;
  title: LocalizedText;
  /** The sporen the source names for it; only the knooppunt page gives them. */
  sporen?: Spoor[];
}

/**
 * Every knooppunt the sources name, in phase order. Phases from the Spoorboekje ("Koppelkansen door het
 * Wijkkompas heen", and the wijkkompas.nl addresses of "Knooppunten in het Wijkkompas": /samen-starten/,
 * /keuzes-maken/, /voorbereiding/ …) and from the knooppunt page (fase 2, its links to fase 2 and 3).
 * The sources name none in fase 6. Where a knooppunt has two wordings the fuller one is used.
 */
export const WIJKKOMPAS_KNOOPPUNTEN: readonly Knooppunt[] = [
  {
    id: "doel-en-verhaal",
    phase: 1,
    title: {
      nl: "Duidelijkheid over het doel en verhaal van het traject",
      en: "Clarity about the goal and the story of the process",
    },
  },
  {
    id: "ambities-belangen-prioritering",
    phase: 1,
    title: {
      nl: "Helderheid over ambities, belangen en prioritering",
      en: "Clarity about ambitions, interests and priorities",
    },
  },
  {
    id: "fysieke-en-sociale-opgaven",
    phase: 2,
    title: {
      nl: "Fysieke en sociale opgaven van de wijk in kaart brengen",
      en: "Mapping the physical and social challenges of the neighbourhood",
    },
    sporen: ["A", "B", "C", "E"],
  },
  {
    id: "sociale-koppelkansen",
    phase: 2,
    title: {
      nl: "Sociale koppelkansen en gemeentelijke domeinen in kaart brengen",
      en: "Mapping social linking opportunities and municipal domains",
    },
  },
  {
    id: "fysieke-koppelkansen",
    phase: 2,
    title: {
      nl: "Fysieke koppelkansen & bestaande planningen in kaart brengen",
      en: "Mapping physical linking opportunities & existing schedules",
    },
  },
  {
    id: "woon-en-wijkwensen",
    phase: 2,
    title: { nl: "Woon-en wijkwensen verkennen", en: "Exploring housing and neighbourhood wishes" },
  },
  {
    id: "passende-participatievormen",
    phase: 3,
    title: {
      nl: "Passende participatievormen voor bewoners kiezen",
      en: "Choosing suitable forms of participation for residents",
    },
  },
  {
    id: "haalbaarheid-business-case",
    phase: 3,
    title: {
      nl: "Haalbaarheid business case onderzoeken",
      en: "Investigating the feasibility of the business case",
    },
  },
  {
    id: "kosten-en-baten-koppelkansen",
    phase: 3,
    title: {
      nl: "Inzicht in kosten en baten koppelkansen",
      en: "Insight into the costs and benefits of linking opportunities",
    },
  },
  {
    id: "strategieen-koppelkansen",
    phase: 3,
    title: { nl: "Strategieën koppelkansen", en: "Strategies for linking opportunities" },
  },
  {
    id: "voorwaarden-marktpartijen",
    phase: 3,
    title: { nl: "Heldere voorwaarden voor marktpartijen", en: "Clear conditions for market parties" },
  },
  {
    id: "ambitieniveau-gebouwen",
    phase: 3,
    title: {
      nl: "Ambitieniveau voor gebouwen en woningen formuleren",
      en: "Formulating the level of ambition for buildings and homes",
    },
  },
  {
    id: "te-verbinden-opgaven",
    phase: 3,
    title: { nl: "Keuzes maken over te verbinden opgaven", en: "Choosing which challenges to link" },
  },
  {
    id: "inspraak-wup",
    phase: 4,
    title: {
      nl: "Inspraakmogelijkheden op wijkuitvoeringsplan",
      en: "Opportunities to comment on the neighbourhood implementation plan",
    },
  },
  {
    id: "aanbieder-selecteren",
    phase: 5,
    title: {
      nl: "Aanbieder selecteren uitvoering renovatie gebouwen",
      en: "Selecting a provider for renovating the buildings",
    },
  },
  {
    id: "wup-naar-de-raad",
    phase: 5,
    title: {
      nl: "Wijkuitvoeringsplan naar de raad",
      en: "Neighbourhood implementation plan to the council",
    },
  },
];

/** The belanghebbenden list ("niet bedoeld om compleet te zijn"): name — description, verbatim. */
export const WIJKKOMPAS_BELANGHEBBENDEN: readonly LocalizedText[] = [
  {
    nl: "Bewoner — Mensen die in de wijk wonen, zowel huurders als particuliere woningeigenaren",
    en: "Resident — People who live in the neighbourhood, both tenants and private home owners",
  },
  {
    nl: "Bewonersinitiatief — Een organisatie die een maatschappelijk doel nastreeft waarbij bewoners zelf de initiatiefnemer zijn",
    en: "Residents' initiative — An organisation pursuing a social goal in which residents themselves are the initiators",
  },
  {
    nl: "Financiële instelling — Een organisatie die zich richt op het handelen, registreren of verhandelen van financiële contracten.",
    en: "Financial institution — An organisation dealing in, registering or trading financial contracts.",
  },
  {
    nl: "Gemeente — Formeel is dit een groep van woonkernen (dorpen en steden) en het bijbehorende gebied die onder een politiek bestuur vallen. Dit lokale politieke bestuursorgaan heeft volgens het Klimaatakkoord de regierol heeft bij het aardgasvrij maken van de wijken binnen de eigen gemeentelijke grenzen.",
    en: "Municipality — Formally a group of residential centres (villages and towns) and their area under one political administration. Under the Klimaatakkoord (climate agreement) this local administration has the directing role in making the neighbourhoods within its boundaries natural-gas-free.",
  },
  { nl: "Huurder — Bewoner die de woning huurt", en: "Tenant — Resident who rents the home" },
  {
    nl: "Marktpartij — Een organisatie die actief is op de markt en ingehuurd kan worden om één of meerdere taken op zich kan nemen in de wijkaanpak.",
    en: "Market party — An organisation active on the market that can be hired to take on one or more tasks in the neighbourhood approach.",
  },
  {
    nl: "Netbeheerder — Een partij die op wettelijke grond is aangewezen om één of meer gas- en elektriciteitsnetten te beheren. De netbeheerder zorgt ervoor dat het netwerk naar behoren functioneert, dat klanten worden aangesloten en storingen worden verholpen.",
    en: "Grid operator — A party designated by law to manage one or more gas and electricity grids. The grid operator makes sure the network works properly, customers are connected and faults are repaired.",
  },
  {
    nl: "Particuliere of commerciële verhuurder — Een verhuurder die zijn persoonlijke (particuliere) bezit verhuurt.",
    en: "Private or commercial landlord — A landlord who lets their personal (private) property.",
  },
  {
    nl: "Particuliere woningeigenaar — Bewoner die eigenaar is van de woning",
    en: "Private home owner — Resident who owns the home",
  },
  {
    nl: "Projectleider — De persoon die verantwoordelijk is voor de realisatie van de wijkaanpak. De projectleider is vaak een medewerker van de gemeente.",
    en: "Project leader — The person responsible for realising the neighbourhood approach, often an employee of the municipality.",
  },
  {
    nl: "Vastgoedeigenaar utiliteit — Eigenaren van utiliteitsgebouwen zoals scholen, kantoren en ziekenhuizen.",
    en: "Owner of non-residential property — Owners of non-residential buildings such as schools, offices and hospitals.",
  },
  {
    nl: "Vereniging van Eigenaren — De VvE is een rechtspersoon die gemeenschappelijke belangen van een groep individuele eigenaren behartigen, bijvoorbeeld bewoners van één gebouw.",
    en: "Owners' association — The VvE is a legal entity that looks after the common interests of a group of individual owners, for example the residents of one building.",
  },
  {
    nl: "Woningcorporatie — Een organisatie die zich zonder winstoogmerk richt op het bouwen, beheren en verhuren van betaalbare woonruimte. Ze worden gezien als een belangrijke speler in de energietransitie.",
    en: "Housing association — A not-for-profit organisation that builds, manages and lets affordable housing. They are seen as an important player in the energy transition.",
  },
];
