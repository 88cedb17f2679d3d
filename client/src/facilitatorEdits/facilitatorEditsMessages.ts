import { LIMITS } from "@wijkbord/shared";
import type { Locale } from "../app/messages.ts";

/*
 * UI texts of the facilitator's edits of a running session (own questions, the wijk name, adding a
 * worksheet), Dutch first, kept beside the feature like facilitationMessages (same parity test).
 */
const nl = {
  editQuestion: "✎ Vraag aanpassen",
  editQuestionTitle: "Schrijf hier je eigen vraag (alleen de facilitator kan dit)",
  questionLabel: "Eigen vraag",
  questionHint: "Enter bewaart, Escape annuleert. Leeg maken zet de oorspronkelijke tekst terug.",
  save: "Opslaan",
  cancel: "Annuleren",
  menu: "Werksessie",
  menuTitle:
    "Naam van de wijk, lettertype van de notities en werkbladen toevoegen (alleen voor de facilitator)",
  wijkHeading: "Naam van de wijk",
  wijkLabel: "Wijk",
  wijkSaved: "Opgeslagen: iedereen ziet de nieuwe naam",
  wijkEmpty: "Vul de naam van de wijk in.",
  wijkTooLong: `De naam van de wijk mag hoogstens ${LIMITS.maxWijkLength} tekens hebben.`,
  addHeading: "Werkblad toevoegen",
  addLabel: "Werkblad",
  add: "Werkblad toevoegen",
  addCount: "Werkbladen in deze sessie",
  addLimit: `Deze sessie heeft al ${LIMITS.maxWorksheetsPerSession} werkbladen, het maximum. Er kan er geen meer bij.`,
  addUnknown: "Dit werkblad bestaat niet (meer). Kies een ander.",
  fontHeading: "Letter van de notities",
  fontSans: "Gewone letter (goed leesbaar)",
  fontDraw: "Handschrift",
  fontHint: "Geldt voor alle notities, op ieder scherm.",
};

type Messages = typeof nl;

const en: Messages = {
  editQuestion: "✎ Edit question",
  editQuestionTitle: "Write your own question here (only the facilitator can)",
  questionLabel: "Own question",
  questionHint: "Enter saves, Escape cancels. Emptying it restores the original text.",
  save: "Save",
  cancel: "Cancel",
  menu: "Session",
  menuTitle: "Name of the neighbourhood, font of the notes and adding worksheets (facilitator only)",
  wijkHeading: "Name of the neighbourhood",
  wijkLabel: "Neighbourhood",
  wijkSaved: "Saved: everyone sees the new name",
  wijkEmpty: "Fill in the name of the neighbourhood.",
  wijkTooLong: `The name of the neighbourhood may have at most ${LIMITS.maxWijkLength} characters.`,
  addHeading: "Add a worksheet",
  addLabel: "Worksheet",
  add: "Add worksheet",
  addCount: "Worksheets in this session",
  addLimit: `This session already has ${LIMITS.maxWorksheetsPerSession} worksheets, the maximum. No more can be added.`,
  addUnknown: "This worksheet does not exist (any more). Choose another one.",
  fontHeading: "Font of the notes",
  fontSans: "Plain letters (easy to read)",
  fontDraw: "Handwriting",
  fontHint: "Applies to every note, on every screen.",
};

export type FacilitatorEditsMessages = Messages;
export const FACILITATOR_EDITS_MESSAGES: Record<Locale, Messages> = { nl, en };
