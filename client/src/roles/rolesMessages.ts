import type { Locale } from "../app/messages.ts";

/*
 * UI texts of links and people (the facilitator's "Deelnemers en links" panel, the removed page),
 * Dutch first. Kept beside the feature rather than in ../messages.ts; same parity test.
 */
const nl = {
  toggle: "Deelnemers en links",
  toggleTitle: "Links delen of vervangen, co-facilitators aanwijzen, deelnemers verwijderen",
  close: "Sluiten",
  linksTitle: "Links",
  linkFacilitator: "Facilitatorlink (houd deze voor jezelf)",
  linkParticipant: "Deelnemerslink",
  linkViewer: "Kijkerslink",
  copy: "Kopieer",
  copied: "Gekopieerd",
  rotateParticipant: "Nieuwe deelnemerslink",
  rotateViewer: "Nieuwe kijkerslink",
  confirmRotateParticipant:
    "Na vervangen werkt de oude deelnemerslink niet meer. Wie er nu mee verbonden is, wordt losgekoppeld en heeft de nieuwe link nodig.",
  confirmRotateViewer:
    "Na vervangen werkt de oude kijkerslink niet meer. Wie er nu mee kijkt, wordt losgekoppeld en heeft de nieuwe link nodig.",
  confirmRotate: "Ja, vervang de link",
  cancel: "Annuleren",
  rotated: "Nieuwe link gemaakt: deel hem opnieuw.",
  peopleTitle: "Deelnemers",
  nobody: "Nog geen deelnemers.",
  online: "online",
  offline: "niet verbonden",
  coFacilitator: "co-facilitator",
  facilitator: "facilitator",
  removed: "verwijderd",
  promote: "Maak co-facilitator",
  remove: "Verwijderen",
  confirmRemove: "{name} uit de sessie verwijderen? Deze browser kan dan niet meer meedoen.",
  confirmRemoveYes: "Ja, verwijderen",
  removeNote:
    "Verwijderen geldt voor de browser van deze persoon. Wie zijn browsergegevens wist, kan met dezelfde deelnemerslink terugkomen: maak voor een definitieve verwijdering ook een nieuwe deelnemerslink.",
  failed: "Niet gelukt:",
  network: "de server is niet bereikbaar.",
  unknown_participant:
    "Deze persoon heeft zich nog niet als deelnemer aangemeld (of gebruikt de facilitatorlink).",
  removedTitle: "De facilitator heeft je uit deze sessie verwijderd",
  removedBody:
    "Je kunt in deze browser niet meer meedoen aan deze werksessie. Denk je dat dit een vergissing is? Neem contact op met de facilitator.",
  backHome: "Naar de startpagina",
};

export type RolesMessages = Record<keyof typeof nl, string>;

const en: RolesMessages = {
  toggle: "Participants and links",
  toggleTitle: "Share or replace links, appoint co-facilitators, remove participants",
  close: "Close",
  linksTitle: "Links",
  linkFacilitator: "Facilitator link (keep it to yourself)",
  linkParticipant: "Participant link",
  linkViewer: "Viewer link",
  copy: "Copy",
  copied: "Copied",
  rotateParticipant: "New participant link",
  rotateViewer: "New viewer link",
  confirmRotateParticipant:
    "Once replaced, the old participant link stops working. Whoever is connected with it now is disconnected and needs the new link.",
  confirmRotateViewer:
    "Once replaced, the old viewer link stops working. Whoever is watching with it now is disconnected and needs the new link.",
  confirmRotate: "Yes, replace the link",
  cancel: "Cancel",
  rotated: "New link created: share it again.",
  peopleTitle: "Participants",
  nobody: "No participants yet.",
  online: "online",
  offline: "not connected",
  coFacilitator: "co-facilitator",
  facilitator: "facilitator",
  removed: "removed",
  promote: "Make co-facilitator",
  remove: "Remove",
  confirmRemove: "Remove {name} from the session? That browser can then no longer take part.",
  confirmRemoveYes: "Yes, remove",
  removeNote:
    "Removing applies to this person's browser. Someone who clears their browser data can come back with the same participant link: to remove someone for good, also create a new participant link.",
  failed: "Did not work:",
  network: "the server cannot be reached.",
  unknown_participant: "This person has not joined as a participant yet (or uses the facilitator link).",
  removedTitle: "The facilitator removed you from this session",
  removedBody:
    "You can no longer take part in this workshop session in this browser. Think this is a mistake? Contact the facilitator.",
  backHome: "To the home page",
};

export const ROLES_MESSAGES: Record<Locale, RolesMessages> = { nl, en };

/** A refusal from the API in the user's language (the server's message when the code is unknown). */
export function rolesErrorText(m: RolesMessages, code: string | undefined, message: string): string {
  if (code === "unknown_participant") return m.unknown_participant;
  return `${m.failed} ${message === "network" ? m.network : message}`;
}
