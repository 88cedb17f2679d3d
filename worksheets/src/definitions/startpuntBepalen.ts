import type { LocalizedText, WorksheetDefinition } from "@wijkbord/shared";

/** The guide's "Instructies"; shown on the instructions card (Wie / Wanneer / Tijd come from their fields). */
const INSTRUCTIES: LocalizedText[] = [
  {
    nl: "Om inzicht te krijgen in wat gemeente Lelystad wil en kan in de gekozen wijk (zie vorige slide) zijn de rechts aangegeven vragen van toegevoegde waarde. Dit is een eerste verkenning, op niet alle vragen is meteen een antwoord.",
    en: "To gain insight into what the municipality of Lelystad wants to do and can do in the chosen neighbourhood (see previous slide), the questions on the right are of added value. This is a first exploration; not every question has an answer straight away.",
  },
  {
    nl: "Leg de antwoorden op een manier vast die voor jou/jullie werkt. Denk daarbij aan het gebruik van afbeeldingen of impressieplaatjes, links naar betreffende beleidsstukken, en geschreven woord of kernwoorden.",
    en: "Record the answers in a way that works for you. Think of using pictures or impressions, links to the relevant policy documents, and written text or keywords.",
  },
  {
    nl: "Focus op wat je nu al weet, en vraag vooral ook andere collega’s om input op de vragen (ook uit andere beleidsdomeinen).",
    en: "Focus on what you already know, and be sure to ask other colleagues for input on the questions (also from other policy domains).",
  },
  {
    nl: "Ga na de initiële beantwoording door naar stap 2. Keer zo mogelijk later terug om nieuwe aanscherpingen vast te leggen.",
    en: "After the initial answers, go on to step 2. If possible, come back later to record new refinements.",
  },
];

/**
 * "Stap 1 - Startpunt bepalen" — Spoorboekje Lelystad (2021), hoofdstuk 2, werkblad participatie 1.
 * Every Dutch text is the guide's wording, verbatim (the chapter label is ours, see the own texts).
 *
 * Layout (canvas units, 3000 × 3230; y < 140 is left free for the worksheet's title band):
 * - left column x 40–720: instructions card, then the TIP card beside question 2 (the TIP is about asking
 *   colleagues of other domains, i.e. question 2);
 * - x 760–2960: the banner "Beantwoord de volgende vragen:", question 1, question 2 holding 2a · 2b · 2c in a
 *   row under its own note area, question 3 holding 3a · 3b likewise;
 * - the "Leg conclusie vast →" field across the bottom.
 * Parents are listed before the zones nested in them: `zoneAt` gives later zones priority. Bump the version
 * on any layout change.
 */
export const startpuntBepalen: WorksheetDefinition = {
  id: "startpunt-bepalen",
  version: 1,
  chapter: { nl: "Participatie (hoofdstuk 2)", en: "Participation (chapter 2)" },
  title: {
    nl: "Stap 1 - Startpunt bepalen: wat wil & kan de gemeente in deze wijk doen?",
    en: "Step 1 - Determine the starting point: what does the municipality want to do, and what can it do, in this neighbourhood?",
  },
  who: { nl: "projectinitiator + projectleider WUP", en: "project initiator + WUP project leader" },
  when: { nl: "bij start van het project", en: "at the start of the project" },
  time: { nl: "2 uur", en: "2 hours" },
  instructions: INSTRUCTIES,
  // The aanloop: "Deze oefening start vanuit de gemeente" (the guide's participatie introduction), and "In
  // de aanloopfase verkent de gemeente intern" (its Wijkkompas chapter); Lelystad's timeline has the
  // "Kick-off participatieproces" before "Start fase 1 van het wijkproces", whose "Verbinding leggen met
  // professionele stakeholders en bewoners" is stap 2. No knooppunt lies in the aanloop. Spoor C only: the
  // worksheet is the gemeente's own starting point and sphere of influence ("Waar gaat de gemeente wel
  // over?"), and the guide gives spoor C "voornamelijk de rol van de gemeente"; the other parties come in
  // stap 2.
  wijkkompas: { phase: 0, sporen: ["C"] },
  size: { w: 3000, h: 3230 },
  sections: [
    {
      id: "vragen",
      title: { nl: "Beantwoord de volgende vragen:", en: "Answer the following questions:" },
      rect: { x: 760, y: 160, w: 2200, h: 100 },
    },
  ],
  zones: [
    {
      id: "vraag-1",
      label: "1",
      section: "vragen",
      title: {
        nl: "Welke toekomst zien we voor ons in [naam wijk]? Wat willen we wanneer bereiken en waarom?",
        en: "What future do we see for ourselves in [naam wijk]? What do we want to achieve, when, and why?",
      },
      rect: { x: 760, y: 280, w: 2200, h: 500 },
    },
    {
      id: "vraag-2",
      label: "2",
      section: "vragen",
      title: {
        nl: "Wat is vanuit andere gemeentelijke disciplines belangrijk in [naam wijk]?",
        en: "What is important in [naam wijk] from the point of view of other municipal disciplines?",
      },
      rect: { x: 760, y: 800, w: 2200, h: 1050 },
    },
    {
      id: "vraag-2a",
      label: "2a",
      section: "vragen",
      title: {
        nl: "Welke gedeelde ambitie is er voor [naam wijk]?",
        en: "What shared ambition is there for [naam wijk]?",
      },
      rect: { x: 790, y: 1300, w: 700, h: 520 },
    },
    {
      id: "vraag-2b",
      label: "2b",
      section: "vragen",
      title: { nl: "Waarin zit de overlap?", en: "Where is the overlap?" },
      rect: { x: 1510, y: 1300, w: 700, h: 520 },
    },
    {
      id: "vraag-2c",
      label: "2c",
      section: "vragen",
      title: { nl: "Waarin zitten de (grootste) verschillen?", en: "Where are the (biggest) differences?" },
      rect: { x: 2230, y: 1300, w: 700, h: 520 },
    },
    {
      id: "vraag-3",
      label: "3",
      section: "vragen",
      title: {
        nl: "Waar gaat de gemeente wel over? En waarover niet? Met andere woorden: wat kan de gemeente concreet doen/invloed op uit oefenen en wat ligt eigenlijk buiten de gemeentelijke invloedsfeer?",
        en: "What is the municipality in charge of? And what not? In other words: what can the municipality concretely do or influence, and what actually lies outside the municipal sphere of influence?",
      },
      rect: { x: 760, y: 1870, w: 2200, h: 1040 },
    },
    {
      id: "vraag-3a",
      label: "3a",
      section: "vragen",
      title: { nl: "Wie gaan daar dan over?", en: "Who is in charge of that, then?" },
      rect: { x: 790, y: 2400, w: 1060, h: 480 },
    },
    {
      id: "vraag-3b",
      label: "3b",
      section: "vragen",
      title: { nl: "Hoe kunnen we met hen in contact komen?", en: "How can we get in touch with them?" },
      rect: { x: 1870, y: 2400, w: 1060, h: 480 },
    },
  ],
  cards: [
    {
      id: "instructies",
      kind: "instructions",
      title: { nl: "Instructies", en: "Instructions" },
      body: INSTRUCTIES,
      rect: { x: 40, y: 160, w: 680, h: 1120 },
    },
    {
      id: "tip",
      kind: "tip",
      title: { nl: "TIP", en: "TIP" },
      body: [
        {
          nl: "Bevraag hiervoor collega’s van andere domeinen over hun opgaven en doelstellingen in deze wijk",
          en: "For this, ask colleagues from other domains about their tasks and objectives in this neighbourhood",
        },
      ],
      rect: { x: 40, y: 1300, w: 680, h: 360 },
    },
  ],
  fields: [
    {
      // The page has no "Leg conclusie vast →"; its title question is what it records.
      id: "conclusie",
      kind: "conclusion",
      label: {
        nl: "Wat wil & kan de gemeente in deze wijk doen?",
        en: "What does the municipality want to do, and what can it do, in this neighbourhood?",
      },
      rect: { x: 40, y: 2950, w: 2920, h: 240 },
    },
  ],
};

/** The Dutch texts above that are not the guide's wording, each with its reason. */
export const startpuntBepalenOwnTexts: readonly string[] = [
  // The guide's participatie worksheets sit in hoofdstuk 2 under "4. Participatie"; the label is ours.
  "Participatie (hoofdstuk 2)",
];
