import type { LocalizedText, WorksheetDefinition } from "@wijkbord/shared";
import { COLLECTIEF, KOPPELKANSEN_CHAPTER, KOPPELKANSEN_WIJKKOMPAS, TWEE_UUR } from "./koppelkansenShared.ts";

/** The guide's "Instructies voor tabblad ‘Prioritering’", bullet by bullet. */
const INSTRUCTIES: LocalizedText[] = [
  {
    nl: "Zorg dat een notulist het gesprek en de conclusies vastlegt. Het gesprek dat jullie samen voeren is net zo belangrijk als de uiteindelijke score die gegeven wordt.",
    en: "Make sure a note-taker records the conversation and the conclusions. The conversation you have together is just as important as the final score that is given.",
  },
  {
    nl: "Tabblad ‘Resultaat’ laat de automatische prioritering zien van de koppelkansen. Hier vind je de top 15 koppelkansen.",
    en: "‘Resultaat’ (Result) shows the automatic prioritisation of the linking opportunities: the top 15.",
  },
  {
    nl: "Om te voorkomen dat jullie het vertrouwen ‘in het systeem’ leggen is deze automatische optelling enkel het startpunt van dit gesprek. Gezond verstand, ervaringen in de wijk en urgentie van opgaven kunnen invloed hebben op de uiteindelijke prioritering.",
    en: "So that you do not put your trust ‘in the system’, this automatic sum is only the starting point of this conversation. Common sense, experience in the neighbourhood and the urgency of challenges can influence the final prioritisation.",
  },
  {
    nl: "Bijvoorbeeld: Zonder welke koppelkans ga je cruciaal draagvlak verliezen? Wat is je eerste reactie op de prioritering en wat is daar de onderbouwing van? Zal deze koppelkans het hoofdspoor van de WUP afkappen? Zal je je in 2030 voor het hoofd slaan dat je deze kans hebt laten liggen?",
    en: "For example: without which linking opportunity will you lose crucial support? What is your first reaction to the prioritisation and what is it based on? Will this linking opportunity cut off the main track of the WUP? Will you kick yourself in 2030 for having let this opportunity go?",
  },
  {
    nl: "Bespreek of de automatische prioritering overeenkomt met de gesprekken die jullie gevoerd hebben. Hoe verhouden deze koppelkansen zich tot elkaar en is de automatische prioritering ook de juiste? Missen er koppelkansen die er wel tussen moeten staan of ondergewaardeerd zijn? Mogelijk willen jullie nu koppelkansen in het werkblad anders scoren of de weging veranderen.",
    en: "Discuss whether the automatic prioritisation matches the conversations you have had. How do these linking opportunities relate to each other, and is the automatic prioritisation the right one? Are linking opportunities missing that should be there, or undervalued? You may now want to score linking opportunities differently on the worksheet or change the weighting.",
  },
  {
    nl: "Vervolgens voer je, op basis van gezamenlijke gedragenheid, handmatig een prioritering in op het tabblad ‘prioritering’. Dit is het uiteindelijke overzicht van koppelkansen waarmee jullie de WUP willen gaan verrijken.",
    en: "Then, based on what is jointly supported, you enter a prioritisation by hand under ‘Prioritering’. This is the final overview of linking opportunities with which you want to enrich the WUP.",
  },
  {
    nl: "Bespreek na het gemaakte verzicht bij wie de verantwoordelijkheid ligt voor welke koppelkans en welke teams/werkgroepjes ontstaan.",
    en: "Once the overview is made, discuss who is responsible for which linking opportunity and which teams or working groups arise.",
  },
];

/**
 * "Stap 4 - Prioriteer de koppelkansen" — Spoorboekje Lelystad (2021), hoofdstuk 3. "Resultaat" is
 * the live ranking (top 15) of step 3's totals; "Prioritering" the group's own ordered list of
 * gekozen koppelkansen with "Omdat…" and who is responsible. A notes zone holds the first reactions.
 *
 * Layout (3200 × 2200): instructions left, Resultaat middle, Prioritering and the notes zone right,
 * conclusion at the bottom.
 */
export const koppelkansenPrioriteren: WorksheetDefinition = {
  id: "koppelkansen-prioriteren",
  version: 1,
  chapter: KOPPELKANSEN_CHAPTER,
  title: { nl: "Stap 4 - Prioriteer de koppelkansen", en: "Step 4 - Prioritise the linking opportunities" },
  subtitle: {
    nl: "Doel van deze activiteit is de automatisch gegeneerde optelling beoordelen en toetsen aan ‘gezond verstand’.",
    en: "The aim of this activity is to assess the automatically generated sum and test it against ‘common sense’.",
  },
  who: COLLECTIEF,
  when: {
    nl: "Na stap 3 waarin je de koppelkansen hebt gescoord.",
    en: "After step 3, in which you scored the linking opportunities.",
  },
  time: TWEE_UUR,
  instructions: INSTRUCTIES,
  wijkkompas: KOPPELKANSEN_WIJKKOMPAS,
  size: { w: 3200, h: 2200 },
  sections: [],
  zones: [
    {
      id: "eerste-reactie",
      title: {
        nl: "Wat is je eerste reactie op de prioritering en wat is daar de onderbouwing van?",
        en: "What is your first reaction to the prioritisation and what is it based on?",
      },
      rect: { x: 1880, y: 1380, w: 1280, h: 500 },
    },
  ],
  cards: [
    {
      id: "instructies",
      kind: "instructions",
      title: { nl: "Instructies", en: "Instructions" },
      body: INSTRUCTIES,
      rect: { x: 40, y: 160, w: 640, h: 1720 },
    },
  ],
  fields: [
    {
      id: "conclusie",
      kind: "conclusion",
      label: {
        nl: "Welke koppelkansen willen jullie meenemen in de WUP?",
        en: "Which linking opportunities do you want to take into the WUP?",
      },
      rect: { x: 40, y: 1920, w: 3120, h: 240 },
    },
  ],
  widgets: [
    {
      id: "resultaat",
      kind: "ranking",
      title: { nl: "Resultaat", en: "Result" },
      rect: { x: 720, y: 160, w: 1120, h: 1720 },
    },
    {
      id: "prioritering",
      kind: "priorities",
      title: { nl: "Prioritering", en: "Prioritisation" },
      rect: { x: 1880, y: 160, w: 1280, h: 1180 },
    },
  ],
};
