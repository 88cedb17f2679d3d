import type { LocalizedText } from "@wijkbord/shared";

/**
 * One sentence per worksheet saying what it is for, for choosing worksheets (the home page). Our own
 * words, summarising the guide's introduction of each worksheet (its "Doel van deze activiteit",
 * instructions and questions in ../shared/source-texts/spoorboekje-lelystad-werkbladen.txt), so they
 * are not in the definitions, whose Dutch is the guide's verbatim. Keyed by worksheet id; every
 * catalogue worksheet has one (catalogueSummaries.test.ts).
 */
export const WORKSHEET_SUMMARIES: Readonly<Record<string, LocalizedText>> = {
  "kaders-check": {
    nl: "Check voordat je verder gaat of de afgesproken kaders en spelregels nog passen bij de huidige situatie.",
    en: "Check, before moving on, whether the agreed frameworks and rules still fit the current situation.",
  },
  "participatie-in-het-kort": {
    nl: "Bepaal hoe breed je intern en extern laat meedoen en waarover de gemeente zelf beslist.",
    en: "Decide how broadly people inside and outside the municipality take part, and what the municipality decides itself.",
  },
  "startpunt-bepalen": {
    nl: "Verken wat de gemeente in deze wijk wil en kan, met input van collega’s uit andere domeinen.",
    en: "Explore what the municipality wants and is able to do in this neighbourhood, with input from colleagues in other domains.",
  },
  "stakeholders-verkennen": {
    nl: "Breng in kaart wie er nog meer betrokken zijn en plaats hen naar invloed en belang.",
    en: "Map who else is involved and place them by influence and interest.",
  },
  speelruimte: {
    nl: "Zoek per belangrijke stakeholder uit wat die wel en niet wil en kan.",
    en: "Find out, for each key stakeholder, what they do and do not want and are able to do.",
  },
  partnerschapskaart: {
    nl: "Spreek samen af hoe je samenwerkt: waarden, relaties, handelen en condities.",
    en: "Agree together on how you work together: values, relations, acting and conditions.",
  },
  "basiselementen-wup": {
    nl: "Houd bij welke basiselementen al in het wijkuitvoeringsplan (WUP) staan: to do, bezig of klaar.",
    en: "Keep track of which basic elements are already in the neighbourhood implementation plan (WUP): to do, in progress or done.",
  },
  "gedeeld-verhaal": {
    nl: "Droom samen over de toekomst van de wijk en benoem daarna de drempels op weg daarheen.",
    en: "Dream together about the neighbourhood’s future, then name the obstacles on the way there.",
  },
  "koppelkansen-in-kaart": {
    nl: "Zet de belangrijkste opgaven, de koppelkansen daarbij en de succesfactoren op een rij.",
    en: "List the main challenges, the linked opportunities they offer and the success factors.",
  },
  "koppelkansen-scoren": {
    nl: "Scoor de koppelkansen op de succesfactoren en zie welke het zwaarst wegen.",
    en: "Score the linked opportunities against the success factors and see which weigh most.",
  },
  "koppelkansen-prioriteren": {
    nl: "Toets de uitkomst van de scores aan gezond verstand en kies de koppelkansen met voorrang.",
    en: "Test the outcome of the scores against common sense and choose the opportunities that come first.",
  },
  wijkkompas: {
    nl: "Bepaal waar de wijkaanpak staat in de zes fases van het Wijkkompas, knooppunt voor knooppunt.",
    en: "Establish where the neighbourhood approach stands in the six phases of the Wijkkompas, junction by junction.",
  },
};
