import type { InputError } from "@wijkbord/worksheets";
import type { Locale } from "../app/messages.ts";

/*
 * UI texts of the koppelkansen widgets, Dutch first. Kept beside the widgets rather than in
 * ../messages.ts because they are many and belong to one feature; same shape, same parity test.
 * Column names the guide uses are the guide's ("Totalen", "Gekozen koppelkansen", "Omdat…").
 */
const nl = {
  opgave: "Opgave",
  koppelkans: "Koppelkans",
  koppelkansen: "Koppelkansen",
  succesfactor: "Succesfactor",
  verantwoordelijke: "Verantwoordelijke",
  remove: "Verwijderen",
  add: "Toevoegen",
  addOpgave: "Opgave toevoegen",
  addSuccesfactor: "Succesfactor toevoegen",
  addKoppelkans: "Koppelkans toevoegen",
  pickFromList: "Kies uit de lijst…",
  orOwn: "of typ een eigen naam",
  unnamed: "(zonder naam)",
  noOpgave: "Zonder opgave",
  noOpgaven: "Nog geen opgaven. Kies er een uit de lijst of voeg een eigen opgave toe.",
  noSuccesfactoren: "Nog geen succesfactoren.",
  noKansen: "Nog geen koppelkansen.",
  emptyMatrix: "Breng eerst in stap 2 de koppelkansen en succesfactoren in kaart.",
  weight: "Weging",
  totals: "Totalen",
  total: "Totaal",
  scoreLabel: "Score",
  reasoning: "Redenering",
  reasoningFor: "Redenering bij",
  reasoningHint: "Kies een cel om de redenering van de notulist vast te leggen.",
  hasReasoning: "met redenering",
  errorNotANumber: "is geen getal. Geef een heel getal van −10 tot 10.",
  errorNotWhole: "is geen heel getal. Geef een heel getal van −10 tot 10.",
  errorOutOfRange: "ligt niet tussen −10 en 10. Geef een heel getal van −10 tot 10.",
  weightError: "Een weging is een getal van 0 tot 10.",
  refused: "Niet opgeslagen:",
  rank: "Plaats",
  choose: "Kies",
  chosen: "Gekozen",
  noRanking: "Nog geen koppelkansen om te rangschikken.",
  lowerOnSheet: "De scores van de ‘lagere’ kan je vinden op het werkblad.",
  gekozen: "Gekozen koppelkansen",
  omdat: "Omdat…",
  wie: "Wie is verantwoordelijk / welke werkgroep",
  moveUp: "Omhoog",
  moveDown: "Omlaag",
  addPriority: "Koppelkans aan de prioritering toevoegen",
  noPriorities: "Nog niets geprioriteerd. Kies koppelkansen uit het resultaat of uit de lijst.",
} as const;

export type KoppelkansenMessages = Record<keyof typeof nl, string>;

const en: KoppelkansenMessages = {
  opgave: "Challenge",
  koppelkans: "Linking opportunity",
  koppelkansen: "Linking opportunities",
  succesfactor: "Success factor",
  verantwoordelijke: "Responsible",
  remove: "Remove",
  add: "Add",
  addOpgave: "Add challenge",
  addSuccesfactor: "Add success factor",
  addKoppelkans: "Add linking opportunity",
  pickFromList: "Pick from the list…",
  orOwn: "or type a name of your own",
  unnamed: "(no name)",
  noOpgave: "No challenge",
  noOpgaven: "No challenges yet. Pick one from the list or add your own.",
  noSuccesfactoren: "No success factors yet.",
  noKansen: "No linking opportunities yet.",
  emptyMatrix: "First map the linking opportunities and success factors in step 2.",
  weight: "Weight",
  totals: "Totals",
  total: "Total",
  scoreLabel: "Score",
  reasoning: "Reasoning",
  reasoningFor: "Reasoning for",
  reasoningHint: "Choose a cell to record the note-taker's reasoning.",
  hasReasoning: "with reasoning",
  errorNotANumber: "is not a number. Enter a whole number from −10 to 10.",
  errorNotWhole: "is not a whole number. Enter a whole number from −10 to 10.",
  errorOutOfRange: "is not between −10 and 10. Enter a whole number from −10 to 10.",
  weightError: "A weight is a number from 0 to 10.",
  refused: "Not saved:",
  rank: "Rank",
  choose: "Choose",
  chosen: "Chosen",
  noRanking: "No linking opportunities to rank yet.",
  lowerOnSheet: "The scores of the ‘lower’ ones are on the scoring worksheet.",
  gekozen: "Chosen linking opportunities",
  omdat: "Because…",
  wie: "Who is responsible / which working group",
  moveUp: "Move up",
  moveDown: "Move down",
  addPriority: "Add a linking opportunity to the prioritisation",
  noPriorities: "Nothing prioritised yet. Choose linking opportunities from the result or from the list.",
};

export const KOPPELKANSEN_MESSAGES: Record<Locale, KoppelkansenMessages> = { nl, en };

/** The message for a refused score. */
export function scoreErrorMessage(m: KoppelkansenMessages, error: InputError): string {
  if (error === "not-whole") return m.errorNotWhole;
  if (error === "out-of-range") return m.errorOutOfRange;
  return m.errorNotANumber;
}
