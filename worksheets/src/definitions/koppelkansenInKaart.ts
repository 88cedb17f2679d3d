import type { LocalizedText, WorksheetDefinition } from "@wijkbord/shared";
import { KOPPELKANSEN_CHAPTER, KOPPELKANSEN_WIJKKOMPAS, NOTULIST } from "./koppelkansenShared.ts";

/** The guide's "Instructies voor tabblad ‘werkblad Koppelkansen Kiezen’", bullet by bullet. */
const INSTRUCTIES: LocalizedText[] = [
  NOTULIST,
  {
    nl: "Selecteer in tabel B alle opgaven die een rol spelen in het gezamenlijk verhaal van de wijk. Niet opgenomen opgaven in het dropdown menu kunnen zelf toegevoegd worden bij het overzicht van opgaven en koppelkansen. Maak niet een overzicht van alle opgenoemde opgaven door iedereen, maar selecteer díe opgaven die naar voren komen als gezamenlijk gedragen en die jullie verder willen verkennen om de WUP te verrijken.",
    en: "Select in table B all the challenges (opgaven) that play a part in the shared story of the neighbourhood. Challenges that are not in the drop-down menu can be added in the overview of challenges and linking opportunities. Do not make an overview of every challenge anyone mentioned, but select the challenges that emerge as jointly supported and that you want to explore further to enrich the WUP.",
  },
  {
    nl: "Voorbeelden zijn: Onderwijs, Circulariteit en Afval, Klimaatadaptatie of Gezondheid",
    en: "Examples are: Education, Circularity and waste, Climate adaptation or Health",
  },
  {
    nl: "Bepaal in rij 3 welke factoren van invloed zijn op een succesvolle uitvoering van de wijktransitie naar het gedeelde eindbeeld. In de werksessies zijn we tot een aantal succesfactoren gekomen. Als deze voor deze situatie niet gelden verwijder je ze, of als andere succesfactoren een rol spelen voeg je die toe.",
    en: "Determine in row 3 which factors influence a successful implementation of the neighbourhood transition towards the shared end picture. In the work sessions we arrived at a number of success factors. If they do not apply to this situation, remove them; if other success factors play a part, add them.",
  },
  {
    nl: "Voorbeelden zijn: Verhogen van draagvlak, politiek scoren of doorbraak complex dossier.",
    en: "Examples are: increasing support, scoring politically or a breakthrough in a complex dossier.",
  },
  {
    nl: "Kies per thema bijbehorende en passende koppelkansen door deze te selecteren in het dropdown menu van tabel C.",
    en: "For each theme, choose the linking opportunities that belong to it and fit by selecting them in the drop-down menu of table C.",
  },
  {
    nl: "Voorbeelden zijn: stageplekken voor wijkbewoners bij gemeente of uitvoering, transformatorhuisjes met groene daken of CO₂-gestuurde ventilatie voor betere luchtkwaliteit in de woning.",
    en: "Examples are: work placements for residents at the municipality or the contractors, transformer kiosks with green roofs, or CO₂-controlled ventilation for better air quality in the home.",
  },
  {
    nl: "In deze verkennende fase weet je nog niet altijd hoe een oplossing eruit ziet. Dit betekent dat je in het begin van het wijkproces ook de tijd moet nemen om de koppelkans concreet te maken, daarvoor expertise moet inwinnen en lessen van anderen gemeenten kan gebruiken. Maak iemand verantwoordelijk voor het concretiseren van die koppelkans.",
    en: "In this exploratory phase you do not always know yet what a solution looks like. This means that at the start of the neighbourhood process you also need to take the time to make the linking opportunity concrete, to gather expertise for it and to use lessons from other municipalities. Make someone responsible for making that linking opportunity concrete.",
  },
];

/**
 * "Stap 2 - Breng opgaven, koppelkansen en succesfactoren in kaart" — Spoorboekje Lelystad (2021),
 * hoofdstuk 3. Replaces the Excel's tabel B (opgaven), rij 3 (succesfactoren) and tabel C
 * (koppelkansen per opgave, each with a verantwoordelijke) with two live widgets; their data is the
 * session-wide koppelkansen maps of the board document, which steps 3 and 4 read.
 *
 * Layout (2800 × 2900): instructions left; succesfactoren row and the opgaven/koppelkansen table
 * right; the notulist's notes zone across; the conclusion at the bottom.
 */
export const koppelkansenInKaart: WorksheetDefinition = {
  id: "koppelkansen-in-kaart",
  version: 1,
  chapter: KOPPELKANSEN_CHAPTER,
  title: {
    nl: "Stap 2 - Breng opgaven, koppelkansen en succesfactoren in kaart",
    en: "Step 2 - Map the challenges, linking opportunities and success factors",
  },
  subtitle: {
    nl: "Doel van deze activiteit is overzicht krijgen op de belangrijkste opgaven, deze te concretiseren naar koppelkansen en inzicht te krijgen in de factoren die voor succes zorgen.",
    en: "The aim of this activity is to get an overview of the most important challenges, to make them concrete as linking opportunities and to gain insight into the factors that bring success.",
  },
  who: {
    nl: "projectleider en/of initiator en collega’s diverse domeinen",
    en: "project leader and/or initiator and colleagues from various domains",
  },
  when: { nl: "bij start van het project", en: "at the start of the project" },
  time: { nl: "1,5 uur", en: "1.5 hours" },
  instructions: INSTRUCTIES,
  wijkkompas: KOPPELKANSEN_WIJKKOMPAS,
  size: { w: 2800, h: 2900 },
  sections: [],
  zones: [
    {
      id: "notulen",
      title: NOTULIST,
      rect: { x: 40, y: 2100, w: 2720, h: 480 },
    },
  ],
  cards: [
    {
      id: "instructies",
      kind: "instructions",
      title: { nl: "Instructies", en: "Instructions" },
      body: INSTRUCTIES,
      rect: { x: 40, y: 160, w: 640, h: 1900 },
    },
  ],
  fields: [
    {
      id: "conclusie",
      kind: "conclusion",
      label: {
        nl: "Over welk overzicht van opgaven, succesfactoren en koppelkansen gaan jullie keuzes maken?",
        en: "Which overview of challenges, success factors and linking opportunities will you make your choices from?",
      },
      rect: { x: 40, y: 2620, w: 2720, h: 240 },
    },
  ],
  widgets: [
    {
      id: "succesfactoren",
      kind: "succesfactoren",
      title: { nl: "Succesfactoren", en: "Success factors" },
      rect: { x: 720, y: 160, w: 2040, h: 300 },
    },
    {
      id: "opgaven",
      kind: "opgaven-table",
      title: {
        nl: "Overzicht opgaven en koppelkansen",
        en: "Overview of challenges and linking opportunities",
      },
      rect: { x: 720, y: 480, w: 2040, h: 1580 },
    },
  ],
};
