import { LIMITS } from "@wijkbord/shared";
import type { Locale } from "../app/messages.ts";

/* UI texts of the facilitator's smaller tools (laser, celebrate, cursors, notes), Dutch first. */
const nl = {
  heading: "Hulpmiddelen",
  laser: "Laseraanwijzer",
  laserHint:
    "Iedereen ziet je aanwijzer als een felrode stip met een spoor. Er blijft niets achter op het bord.",
  celebrate: "Vieren",
  celebrateTitle: "Iedereen ziet even confetti en een felicitatie",
  celebrated: "Goed gedaan, allemaal!",
  hideCursors: "Cursors van deelnemers verbergen",
  hideCursorsHint:
    "Deelnemers zien dan alleen jouw cursor (en hun eigen): rust tijdens het individueel schrijven.",
  notesMenu: "Mijn notities",
  notesMenuTitle: "Jouw script per werkblad: alleen facilitatoren zien dit",
  notesWorksheet: "Werkblad",
  notesLabel: "Notitie voor dit werkblad",
  notesHint: `Alleen facilitatoren zien dit; deelnemers krijgen het nooit binnen. Hoogstens ${LIMITS.maxFacilitatorNoteLength} tekens.`,
};

type Messages = typeof nl;

const en: Messages = {
  heading: "Tools",
  laser: "Laser pointer",
  laserHint: "Everyone sees your pointer as a bright red dot with a trail. Nothing stays on the board.",
  celebrate: "Celebrate",
  celebrateTitle: "Everyone briefly sees confetti and congratulations",
  celebrated: "Well done, everyone!",
  hideCursors: "Hide participants' cursors",
  hideCursorsHint:
    "Participants then see only your cursor (and their own): calm while everyone writes alone.",
  notesMenu: "My notes",
  notesMenuTitle: "Your script per worksheet: only facilitators see this",
  notesWorksheet: "Worksheet",
  notesLabel: "Note for this worksheet",
  notesHint: `Only facilitators see this; participants never receive it. At most ${LIMITS.maxFacilitatorNoteLength} characters.`,
};

export const FACILITATOR_TOOLS_MESSAGES: Record<Locale, Messages> = { nl, en };
