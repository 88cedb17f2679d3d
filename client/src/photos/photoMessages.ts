import type { Locale } from "../app/messages.ts";

/* UI texts of photos on the board (hybrid evenings), Dutch first. */
const nl = {
  heading: "Foto's van papier",
  add: "Foto toevoegen",
  addTitle: "Een foto van een papieren vel of van memo's in het werkblad dat je nu in beeld hebt",
  take: "Foto maken",
  takeTitle: "Met de camera van dit apparaat",
  hint: "Daarna kies je het vak (standaard dat midden in je beeld). Locatie en andere gegevens van de camera worden verwijderd.",
  uploading: (percent: number) => `Foto uploaden… ${percent}%`,
  processing: "Foto verwerken…",
  placed: "Foto staat op het bord.",
  failed: (message: string) => `Foto niet toegevoegd: ${message}`,
  network: "geen verbinding met de server",
  dismiss: "Sluiten",
  typeOver: "Overtypen als notitie",
  typeOverTitle: "Een nieuwe notitie naast de foto, om een papieren memo over te typen",
  chosen: (name: string) => `Gekozen: ${name}`,
  zone: "Waar komt de foto?",
  middle: "Midden van het beeld",
  place: "Foto plaatsen",
  cancel: "Annuleren",
  notAllowed: "Alleen de facilitator kan foto's toevoegen.",
};

type Messages = typeof nl;

const en: Messages = {
  heading: "Photos of paper",
  add: "Add photo",
  addTitle: "A photo of a paper sheet or sticky notes, into the worksheet in view",
  take: "Take photo",
  takeTitle: "With this device's camera",
  hint: "Then you choose the zone (by default the one in the middle of your view). Location and other camera data are removed.",
  uploading: (percent: number) => `Uploading photo… ${percent}%`,
  processing: "Processing photo…",
  placed: "The photo is on the board.",
  failed: (message: string) => `Photo not added: ${message}`,
  network: "no connection to the server",
  dismiss: "Close",
  typeOver: "Type over as note",
  typeOverTitle: "A new note beside the photo, to type a paper note over",
  chosen: (name: string) => `Chosen: ${name}`,
  zone: "Where does the photo go?",
  middle: "Middle of the view",
  place: "Place photo",
  cancel: "Cancel",
  notAllowed: "Only the facilitator can add photos.",
};

export const PHOTO_MESSAGES: Record<Locale, Messages> = { nl, en };
