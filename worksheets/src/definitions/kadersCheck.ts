import type { Card, LocalizedText, WorksheetDefinition } from "@wijkbord/shared";

/** The guide's questions for the check; shown on the instructions card. */
const INSTRUCTIES: LocalizedText[] = [
  {
    nl: "Zowel de landelijke kaders als de gemeentelijke spelregels zijn vastgesteld, maar nog niet volledig of uitontwikkeld.",
    en: "Both the national frameworks and the municipal rules have been adopted, but they are not yet complete or fully developed.",
  },
  {
    nl: "Waar sta je nu, wat zijn bijvoorbeeld de ontwikkelingen rondom de object gebonden financiering?",
    en: "Where do you stand now; what, for example, are the developments around property-linked financing?",
  },
  {
    nl: "Zijn er nieuwe (technische) innovaties voor de gebouwde omgeving die ondertussen bewezen zijn?",
    en: "Are there new (technical) innovations for the built environment that have been proven in the meantime?",
  },
  {
    nl: "En welke stappen worden genomen voor doorzettingsmacht van de gemeenteraad?",
    en: "And what steps are being taken towards powers of enforcement for the municipal council?",
  },
  {
    nl: "Is er al ervaring opgedaan met de faciliterende rol van de gemeente, en wat is de ervaring?",
    en: "Has experience been gained with the municipality’s facilitating role yet, and what is that experience?",
  },
];

/**
 * The gemeentelijke spelregels from the kadernota as the guide lists them, one reference card each. The
 * body is the guide's bullet, verbatim; the title is a phrase taken from it, verbatim too.
 */
const SPELREGELS: ReadonlyArray<{ id: string; title: LocalizedText; body: LocalizedText }> = [
  {
    id: "spelregel-faciliterende-rol",
    title: { nl: "Faciliterende rol", en: "Facilitating role" },
    body: {
      nl: "De gemeente start in een faciliterende rol en biedt ruim baan aan participatie. Echter, als effect uitblijft bestaat de mogelijkheid/noodzaak over te stappen op een andere rol.",
      en: "The municipality starts in a facilitating role and gives participation plenty of room. However, if there is no effect, it is possible/necessary to switch to another role.",
    },
  },
  {
    id: "spelregel-proactieve-rol",
    title: { nl: "Proactieve rol", en: "Proactive role" },
    body: {
      nl: "In Lelystad Oost speelt de gemeente op andere opgaven een proactieve rol.",
      en: "In Lelystad Oost the municipality plays a proactive role on other tasks.",
    },
  },
  {
    id: "spelregel-collectieve-initiatieven",
    title: { nl: "Collectieve initiatieven", en: "Collective initiatives" },
    body: {
      nl: "De gemeente ondersteunt collectieve initiatieven uit wijken die na 2030 gepland staan. Bewoners kunnen dus zelf de transitie in gang zetten, ook als de gemeente daar nog geen stappen voor heeft genomen.",
      en: "The municipality supports collective initiatives from neighbourhoods scheduled after 2030. Residents can therefore start the transition themselves, even if the municipality has not yet taken steps towards it.",
    },
  },
  {
    id: "spelregel-iglo",
    title: {
      nl: "Integrale Gebiedsaanpak Lelystad Oost (IGLO)",
      en: "Integrated Area Approach Lelystad Oost (IGLO)",
    },
    body: {
      nl: "De Integrale Gebiedsaanpak Lelystad Oost (IGLO) heeft hoge urgentie, niet zo zeer op energetisch gebied, wel op sociale en fysieke opgave in de wijken. In het bepalen van de Volgorde der Wijken wordt rekening gehouden met dit soort fysieke en sociale opgaven in de wijk.",
      en: "The Integrated Area Approach Lelystad Oost (IGLO) is highly urgent, not so much on energy but on the social and physical tasks in the neighbourhoods. Determining the Order of Neighbourhoods takes such physical and social tasks in the neighbourhood into account.",
    },
  },
  {
    id: "spelregel-keuzevrijheid",
    title: { nl: "Keuzevrijheid", en: "Freedom of choice" },
    body: {
      nl: "Bewoners hebben keuzevrijheid in de te kiezen techniek voor hun huis. Dit geldt vooral bij een collectieve oplossing. In een wijk met beoogde individuele oplossingen kan een bewoner niet anders dan daarvoor kiezen, een collectieve voorziening is er namelijk niet.",
      en: "Residents are free to choose the technology for their home. This applies above all to a collective solution. In a neighbourhood with planned individual solutions a resident cannot do otherwise than choose one, as there is no collective provision.",
    },
  },
  {
    id: "spelregel-bewezen-technieken",
    title: { nl: "Bewezen technieken", en: "Proven technologies" },
    body: {
      nl: "In principe worden uitsluitend bewezen technieken ingezet, tenzij op projectniveau vrijwillig anders wordt gekozen. Deze keuze wordt gemaakt om te voorkomen dat wijken onvrijwillig in proeftuinen belanden.",
      en: "In principle only proven technologies are used, unless a different choice is made voluntarily at project level. This choice is made to prevent neighbourhoods from ending up in test beds involuntarily.",
    },
  },
  {
    id: "spelregel-energieprojecten",
    title: { nl: "Energieprojecten", en: "Energy projects" },
    body: {
      nl: "De gemeente exploiteert geen energieprojecten en is niet verantwoordelijk voor de uitvoering. Zij zoekt dus, samen met belanghebbenden, een (markt)partij om deze rol in te vullen.",
      en: "The municipality does not operate energy projects and is not responsible for carrying them out. It therefore looks, together with stakeholders, for a (market) party to take on this role.",
    },
  },
  {
    id: "spelregel-cherrypicking",
    title: { nl: "Cherrypicking", en: "Cherry-picking" },
    body: {
      nl: "De keuze van een wijk voor een duurzaam energiesysteem zal op omliggende wijken een evenredig effect moeten hebben. Cherrypicking wordt voorkomen.",
      en: "A neighbourhood’s choice of a sustainable energy system must have a proportionate effect on the surrounding neighbourhoods. Cherry-picking is prevented.",
    },
  },
  {
    id: "spelregel-co-productie",
    title: { nl: "Co-productie met bewoners", en: "Co-production with residents" },
    body: {
      nl: "In het vormgeven van WUP´s wordt uitgegaan van co-productie met bewoners.",
      en: "Shaping WUPs (neighbourhood implementation plans) starts from co-production with residents.",
    },
  },
];

/** The spelregel cards three by three, in the guide's order (left to right, top to bottom). */
const spelregelCards: Card[] = SPELREGELS.map((s, i) => ({
  id: s.id,
  kind: "reference",
  title: s.title,
  body: [s.body],
  rect: { x: 760 + (i % 3) * 940, y: 300 + Math.floor(i / 3) * 360, w: 920, h: 340 },
}));

/**
 * "‘Plan uw reis kort voor vertrek’" — Spoorboekje Lelystad (2021), hoofdstuk 1 "Randvoorwaarden en
 * spelregels", Gemeentelijke kaders: the pause before travelling on to check whether the agreed rules
 * (vertrektijden) still match the current situation. Every Dutch text is the guide's wording, verbatim,
 * except those in the own texts.
 *
 * Layout (canvas units, 3600 × 2320; y < 140 is left free for the worksheet's title band):
 * - left column x 40–720: instructions card with the guide's check questions;
 * - x 760–3560: the "Gemeentelijke kaders" banner (subtitle: the guide's introduction to the spelregels) over
 *   the nine spelregels of the kadernota as reference cards, three by three;
 * - the notes zone "Aanpassingen op eerder genoemde kaders en spelregels om rekening mee te houden" across
 *   the width, then the "Leg conclusie vast →" field.
 * Bump the version on any layout change.
 */
export const kadersCheck: WorksheetDefinition = {
  id: "kaders-check",
  version: 1,
  chapter: {
    nl: "Randvoorwaarden en spelregels (hoofdstuk 1)",
    en: "Preconditions and rules (chapter 1)",
  },
  title: { nl: "‘Plan uw reis kort voor vertrek’", en: "‘Plan your journey shortly before departure’" },
  subtitle: {
    nl: "Als reiziger met dit Spoorboekje in de hand is dit het moment om, voordat je verder reist, even pauze te nemen en te checken of afgesproken regels (vertrektijden) wel overeenkomen met de huidige situatie.",
    en: "As a traveller with this Spoorboekje (railway timetable) in hand, this is the moment, before you travel on, to pause and check whether the agreed rules (departure times) still match the current situation.",
  },
  // The page names no Wie / Wanneer / Tijd. Who: the guide's "reiziger (lees: gemeente Lelystad)" (its
  // Leeswijzer); when: the page's own "voordat je verder reist"; the time is not given.
  who: {
    nl: "de reiziger (lees: gemeente Lelystad)",
    en: "the traveller (read: the municipality of Lelystad)",
  },
  when: { nl: "voordat je verder reist", en: "before you travel on" },
  time: { nl: "niet aangegeven in het Spoorboekje", en: "not specified in the Spoorboekje" },
  instructions: INSTRUCTIES,
  // "Kort voor vertrek": the gemeente checks its own kaders and spelregels (the kadernota) before the
  // wijkaanpak sets off, i.e. in the aanloop, where "de gemeente intern verkent" (the guide's Wijkkompas
  // chapter) and Lelystad stands "door vaststellen van Volgorde der Wijken". No knooppunt lies in the
  // aanloop. Sporen from the guide's check questions: doorzettingsmacht of the gemeenteraad and the
  // gemeente's faciliterende rol (C, besluitvorming), object gebonden financiering (D, betaalbaar en
  // financierbaar), newly proven technical innovations against the spelregel "bewezen technieken" (E).
  wijkkompas: { phase: 0, sporen: ["C", "D", "E"] },
  size: { w: 3600, h: 2320 },
  sections: [
    {
      id: "gemeentelijke-kaders",
      title: { nl: "Gemeentelijke kaders", en: "Municipal frameworks" },
      subtitle: {
        nl: "De gemeente legt zichzelf en haar bewoners spelregels op om de transitie binnen haar eigen lokale waarden en ambities vorm te geven. In de kadernota staan een aantal spelregels die van invloed zijn op de transitie in de wijken, zoals:",
        en: "The municipality imposes rules on itself and its residents to shape the transition within its own local values and ambitions. The kadernota (framework memorandum) contains a number of rules that affect the transition in the neighbourhoods, such as:",
      },
      rect: { x: 760, y: 160, w: 2800, h: 120 },
    },
  ],
  zones: [
    {
      id: "aanpassingen",
      title: {
        nl: "Aanpassingen op eerder genoemde kaders en spelregels om rekening mee te houden",
        en: "Changes to the frameworks and rules named above that need to be taken into account",
      },
      rect: { x: 40, y: 1400, w: 3520, h: 600 },
    },
  ],
  cards: [
    {
      id: "instructies",
      kind: "instructions",
      title: { nl: "Instructies", en: "Instructions" },
      body: INSTRUCTIES,
      rect: { x: 40, y: 160, w: 680, h: 1200 },
    },
    ...spelregelCards,
  ],
  fields: [
    {
      // The page has no "Leg conclusie vast →"; the conclusion is the outcome of its check, in our words.
      id: "conclusie",
      kind: "conclusion",
      label: {
        nl: "Komen de afgesproken regels (vertrektijden) wel overeen met de huidige situatie?",
        en: "Do the agreed rules (departure times) still match the current situation?",
      },
      rect: { x: 40, y: 2040, w: 3520, h: 240 },
    },
  ],
};

/** The Dutch texts above that are not the guide's wording, each with its reason. */
export const kadersCheckOwnTexts: readonly string[] = [
  // The page closes hoofdstuk 1, whose heading is "Randvoorwaarden en spelregels"; the chapter number is ours.
  "Randvoorwaarden en spelregels (hoofdstuk 1)",
  // The page gives no time.
  "niet aangegeven in het Spoorboekje",
  // The page has no conclusion prompt; its check ("te checken of afgesproken regels (vertrektijden) wel
  // overeenkomen met de huidige situatie") put as a question.
  "Komen de afgesproken regels (vertrektijden) wel overeen met de huidige situatie?",
];
