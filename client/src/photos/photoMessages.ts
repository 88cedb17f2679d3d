import type { Locale } from "../app/messages.ts";

/* UI texts of photos on the board (hybrid evenings), Dutch first. */
const nl = {
  heading: "Foto's van papier",
  add: "Foto toevoegen",
  addTitle: "Een foto van een papieren vel of van memo's in het werkblad dat je nu in beeld hebt",
  take: "Foto maken",
  takeTitle: "Met de camera van dit apparaat",
  hint: "De foto komt in het vak midden in je beeld. Locatie en andere gegevens van de camera worden verwijderd.",
  uploading: (percent: number) => `Foto uploaden… ${percent}%`,
  processing: "Foto verwerken…",
  placed: "Foto staat op het bord.",
  failed: (message: string) => `Foto niet toegevoegd: ${message}`,
  network: "geen verbinding met de server",
  dismiss: "Sluiten",
  typeOver: "Overtypen als notitie",
  typeOverTitle: "Een nieuwe notitie naast de foto, om een papieren memo over te typen",
};

type Messages = typeof nl;

const en: Messages = {
  heading: "Photos of paper",
  add: "Add photo",
  addTitle: "A photo of a paper sheet or sticky notes, into the worksheet in view",
  take: "Take photo",
  takeTitle: "With this device's camera",
  hint: "The photo goes into the zone in the middle of your view. Location and other camera data are removed.",
  uploading: (percent: number) => `Uploading photo… ${percent}%`,
  processing: "Processing photo…",
  placed: "The photo is on the board.",
  failed: (message: string) => `Photo not added: ${message}`,
  network: "no connection to the server",
  dismiss: "Close",
  typeOver: "Type over as note",
  typeOverTitle: "A new note beside the photo, to type a paper note over",
};

export const PHOTO_MESSAGES: Record<Locale, Messages> = { nl, en };
