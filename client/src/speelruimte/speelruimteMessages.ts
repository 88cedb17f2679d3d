import type { Locale } from "../app/messages.ts";

/* UI texts of speelruimte's addable stakeholder cards and its "overnemen" action, Dutch first. */
const nl = {
  addCard: "Kaart toevoegen",
  addCardHint: "Nog een stakeholder: er kunnen maximaal {max} kaarten op dit werkblad.",
  pullHint:
    "Zet de stakeholders met hoge invloed en/of hoog belang uit de matrix van stap 2 in de lege kaarten. Ingevulde namen blijven staan.",
  pulled: "{n} stakeholder(s) overgenomen.",
  nothingNew: "Geen nieuwe stakeholders in de matrix van stap 2.",
  noSource: "Deze werksessie heeft geen stap 2 (Stakeholders verkennen).",
  left: "Geen lege kaart meer voor: {names}.",
  namingToggle: "Alleen de facilitator vult de namen van de stakeholders in",
  namingToggleHint:
    "Uit (standaard): iedereen kan de namen invullen, zoals het Spoorboekje de groep vraagt. Aan: alleen facilitators; de namen blijven staan.",
  namingByFacilitator: "De facilitator vult de namen van de stakeholders in.",
  facilitatorOnlyField: "Alleen de facilitator kan dit invullen",
} as const;

export type SpeelruimteMessages = Record<keyof typeof nl, string>;

const en: SpeelruimteMessages = {
  addCard: "Add card",
  addCardHint: "One more stakeholder: this worksheet holds at most {max} cards.",
  pullHint:
    "Puts the stakeholders with high influence and/or a high interest from step 2's matrix into the empty cards. Names already filled in stay.",
  pulled: "{n} stakeholder(s) taken over.",
  nothingNew: "No new stakeholders in step 2's matrix.",
  noSource: "This session has no step 2 (Explore the stakeholders).",
  left: "No empty card left for: {names}.",
  namingToggle: "Only the facilitator fills in the stakeholders' names",
  namingToggleHint:
    "Off (the default): everyone can fill in the names, as the Spoorboekje asks the group. On: facilitators only; the names stay.",
  namingByFacilitator: "The facilitator fills in the stakeholders' names.",
  facilitatorOnlyField: "Only the facilitator can fill this in",
};

export const SPEELRUIMTE_MESSAGES: Record<Locale, SpeelruimteMessages> = { nl, en };
