import type { Locale } from "../app/messages.ts";

/** Texts of private mode (kept beside the feature). The banner is the guide's wording for the facilitator. */
export const PRIVATE_MODE_MESSAGES = {
  nl: {
    banner: "Privémodus: alleen jij ziet je nieuwe notities",
    onlyYou: "alleen voor jou",
    bannerViewer: "Privémodus: nieuwe notities worden zichtbaar zodra de facilitator ze onthult",
    bannerFacilitator: "Iedereen ziet alleen de eigen nieuwe notities tot je ze onthult.",
    start: "Privémodus",
    startTitle: "Iedereen schrijft eerst voor zichzelf; jij onthult de notities daarna voor iedereen",
    anonymous: "anoniem",
    anonymousTitle: "Onthul de notities zonder de namen van de schrijvers",
    reveal: "Onthullen",
    revealTitle: "Laat alle privénotities aan iedereen zien en zet de privémodus uit",
    revealing: "Bezig met onthullen…",
    waiting: "{notes} privé ({writers} pers.)",
    revealed: "onthuld",
    revealFailed: "Onthullen is niet gelukt:",
    network: "de server is niet bereikbaar.",
    heldBack:
      "Een privénotitie van jou ligt op een deel dat de facilitator nu verbergt. Ze blijft privé en wordt onthuld zodra dat deel weer zichtbaar is.",
    heldBackFacilitator: "{count} op een verborgen deel bleven privé tot dat deel getoond wordt",
  },
  en: {
    banner: "Private mode: only you see your new notes",
    onlyYou: "only you",
    bannerViewer: "Private mode: new notes appear once the facilitator reveals them",
    bannerFacilitator: "Everyone sees only their own new notes until you reveal them.",
    start: "Private mode",
    startTitle: "Everyone writes on their own first; you then reveal the notes to everyone",
    anonymous: "anonymous",
    anonymousTitle: "Reveal the notes without their authors' names",
    reveal: "Reveal",
    revealTitle: "Show every private note to everyone and switch private mode off",
    revealing: "Revealing…",
    waiting: "{notes} private ({writers} ppl.)",
    revealed: "revealed",
    revealFailed: "Reveal failed:",
    network: "the server cannot be reached.",
    heldBack:
      "One of your private notes lies on a part the facilitator is hiding now. It stays private and is revealed once that part is shown again.",
    heldBackFacilitator: "{count} on a hidden part stayed private until that part is shown",
  },
} satisfies Record<Locale, Record<string, string>>;
