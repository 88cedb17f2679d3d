import type { LocalizedText } from "@wijkbord/shared";

/*
 * Starter lists for koppelkansen step 2, the guide's examples word for word (the Excel's dropdowns
 * and its longlist, bijlage 3, are not in the source texts). Picking an entry copies its Dutch name
 * into the board document and records its id as `fromList`; `starterLists.test.ts` checks every
 * Dutch name against ../shared/source-texts.
 */

export interface StarterEntry {
  /** Stable: stored as `fromList` in boards. Never rename; add a new entry instead. */
  id: string;
  name: LocalizedText;
}

export interface StarterKoppelkans extends StarterEntry {
  /** The starter opgave it is offered under first (it can go under any opgave). */
  opgave: string;
}

/** Tabel B. "Voorbeelden zijn: Onderwijs, Circulariteit en Afval, Klimaatadaptatie of Gezondheid", and
 * the domains the guide and the knooppunt "Karakteriseren koppelkansen" name beside them. */
export const STARTER_OPGAVEN: readonly StarterEntry[] = [
  { id: "onderwijs", name: { nl: "Onderwijs", en: "Education" } },
  { id: "circulariteit-en-afval", name: { nl: "Circulariteit en Afval", en: "Circularity and waste" } },
  { id: "klimaatadaptatie", name: { nl: "Klimaatadaptatie", en: "Climate adaptation" } },
  { id: "gezondheid", name: { nl: "Gezondheid", en: "Health" } },
  { id: "werkgelegenheid", name: { nl: "Werkgelegenheid", en: "Employment" } },
  { id: "biodiversiteit", name: { nl: "Biodiversiteit", en: "Biodiversity" } },
  { id: "mobiliteit", name: { nl: "Mobiliteit", en: "Mobility" } },
  { id: "zorg", name: { nl: "Zorg", en: "Care" } },
  { id: "welzijn", name: { nl: "Welzijn", en: "Wellbeing" } },
  { id: "veiligheid", name: { nl: "Veiligheid", en: "Safety" } },
  { id: "water-en-riolering", name: { nl: "Water en riolering", en: "Water and sewerage" } },
  { id: "talentontwikkeling", name: { nl: "Talentontwikkeling", en: "Talent development" } },
  { id: "buurtvernieuwing", name: { nl: "Buurtvernieuwing", en: "Neighbourhood renewal" } },
];

/** Rij 3: "In de werksessies zijn we tot een aantal succesfactoren gekomen" — the three it names. */
export const STARTER_SUCCESFACTOREN: readonly StarterEntry[] = [
  { id: "verhogen-van-draagvlak", name: { nl: "Verhogen van draagvlak", en: "Increasing support" } },
  { id: "politiek-scoren", name: { nl: "Politiek scoren", en: "Scoring politically" } },
  {
    id: "doorbraak-complex-dossier",
    name: { nl: "Doorbraak complex dossier", en: "Breakthrough in a complex dossier" },
  },
];

/** Tabel C's longlist: the koppelkansen the guide and the knooppunt text give as examples. */
export const STARTER_KOPPELKANSEN: readonly StarterKoppelkans[] = [
  {
    id: "stageplekken",
    opgave: "onderwijs",
    name: {
      nl: "Stageplekken voor wijkbewoners bij gemeente of uitvoering",
      en: "Work placements for residents at the municipality or the contractors",
    },
  },
  {
    id: "transformatorhuisjes-groene-daken",
    opgave: "klimaatadaptatie",
    name: { nl: "Transformatorhuisjes met groene daken", en: "Transformer kiosks with green roofs" },
  },
  {
    id: "co2-gestuurde-ventilatie",
    opgave: "gezondheid",
    name: {
      nl: "CO₂-gestuurde ventilatie voor betere luchtkwaliteit in de woning",
      en: "CO₂-controlled ventilation for better air quality in the home",
    },
  },
  {
    id: "luchtkwaliteit-minder-autos-meer-groen",
    opgave: "gezondheid",
    name: {
      nl: "Verbeteren van de luchtkwaliteit door minder auto’s en meer groen",
      en: "Improving air quality through fewer cars and more greenery",
    },
  },
  {
    id: "asbest-verwijderen",
    opgave: "gezondheid",
    name: { nl: "Asbest verwijderen", en: "Removing asbestos" },
  },
  {
    id: "groen-op-parkeerplaats",
    opgave: "klimaatadaptatie",
    name: { nl: "Meer groen op een parkeerplaats", en: "More greenery on a car park" },
  },
  {
    id: "rechte-tegels-rollator",
    opgave: "zorg",
    name: {
      nl: "Rechte tegels op de stoep voor een rollator",
      en: "Level paving on the pavement for a walking frame",
    },
  },
  {
    id: "flora-en-fauna",
    opgave: "biodiversiteit",
    name: { nl: "Meer flora en fauna in de wijk", en: "More flora and fauna in the neighbourhood" },
  },
  {
    id: "vervanging-riool",
    opgave: "water-en-riolering",
    name: { nl: "Vervanging van het riool", en: "Replacing the sewer" },
  },
  {
    id: "energie-armoede",
    opgave: "welzijn",
    name: { nl: "Inventariseer de energie-armoede", en: "Take stock of energy poverty" },
  },
];
