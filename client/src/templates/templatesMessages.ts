import type { Locale } from "../app/messages.ts";

/** Templates ("sjablonen"), Dutch first. */
const nl = {
  save: "Opslaan als sjabloon…",
  saveTitle:
    "Bewaar de opzet van deze werksessie (werkbladen, eigen vragen, vergrendelingen) om later een nieuwe werksessie mee te beginnen",
  dialogTitle: "Opslaan als sjabloon",
  dialogIntro:
    "Een sjabloon bewaart de opzet: de werkbladen in deze volgorde en op deze plek, je eigen vragen, het aantal kaarten, de vergrendelde werkbladen en de letter. De naam van de wijk wordt [naam wijk]. Deelnemers, stemmen en links gaan niet mee.",
  name: "Naam van het sjabloon",
  withNotes: "Neem de notities mee als voorbeeld (zonder namen van wie ze schreef)",
  submit: "Sjabloon opslaan",
  saving: "Bezig met opslaan…",
  saved: (name: string) =>
    `Sjabloon "${name}" is opgeslagen. Je vindt het op de startpagina onder "Nieuwe werksessie uit sjabloon", in deze browser.`,
  download: "Download als bestand",
  close: "Sluiten",
  failed: "Dat is niet gelukt:",
  network: "de server is niet bereikbaar.",
  fromTitle: "Nieuwe werksessie uit sjabloon",
  fromIntro:
    "Begin met een opzet die klaarstaat: een reeks uit het Spoorboekje, of een sjabloon dat je eerder in deze browser opsloeg of importeerde.",
  chooser: "Sjabloon",
  builtin: "Uit het Spoorboekje",
  own: "Mijn sjablonen",
  noneOwn: "Nog geen eigen sjablonen in deze browser.",
  worksheets: (n: number) => (n === 1 ? "1 werkblad" : `${n} werkbladen`),
  starterNotes: (n: number) => (n === 1 ? "1 voorbeeldnotitie" : `${n} voorbeeldnotities`),
  title: "Titel van de werksessie",
  wijk: "Naam van de wijk",
  create: "Werksessie aanmaken uit sjabloon",
  creating: "Bezig met aanmaken…",
  importLabel: "Sjabloon importeren (bestand)",
  imported: (name: string) => `Sjabloon "${name}" is geïmporteerd.`,
  notJson: "Dit bestand is geen JSON; kies een .wijkbord-sjabloon.json-bestand.",
  exportOne: (name: string) => `${name} downloaden als bestand`,
  loading: "Sjablonen ophalen…",
};

export type TemplatesMessages = typeof nl;

const en: TemplatesMessages = {
  save: "Save as template…",
  saveTitle: "Keep this session's setup (worksheets, own questions, locks) to start a new session with later",
  dialogTitle: "Save as template",
  dialogIntro:
    "A template keeps the setup: the worksheets in this order and place, your own questions, the number of cards, the locked worksheets and the letter. The wijk's name becomes [naam wijk]. Participants, votes and links are not kept.",
  name: "Template name",
  withNotes: "Keep the notes as examples (without who wrote them)",
  submit: "Save template",
  saving: "Saving…",
  saved: (name: string) =>
    `Template "${name}" was saved. It is on the home page under "New session from template", in this browser.`,
  download: "Download as file",
  close: "Close",
  failed: "That did not work:",
  network: "the server cannot be reached.",
  fromTitle: "New session from template",
  fromIntro:
    "Start from a ready setup: a sequence from the Spoorboekje, or a template saved or imported in this browser before.",
  chooser: "Template",
  builtin: "From the Spoorboekje",
  own: "My templates",
  noneOwn: "No templates of your own in this browser yet.",
  worksheets: (n: number) => (n === 1 ? "1 worksheet" : `${n} worksheets`),
  starterNotes: (n: number) => (n === 1 ? "1 example note" : `${n} example notes`),
  title: "Session title",
  wijk: "Name of the wijk",
  create: "Create session from template",
  creating: "Creating…",
  importLabel: "Import a template (file)",
  imported: (name: string) => `Template "${name}" was imported.`,
  notJson: "This file is not JSON; choose a .wijkbord-sjabloon.json file.",
  exportOne: (name: string) => `Download ${name} as a file`,
  loading: "Loading templates…",
};

export const TEMPLATES_MESSAGES: Record<Locale, TemplatesMessages> = { nl, en };
