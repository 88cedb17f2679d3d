import { LIMITS } from "@wijkbord/shared";
import type { Locale } from "../app/messages.ts";

/* UI texts of the attendance settings in the facilitator's "Werksessie" menu, Dutch first. */
const nl = {
  heading: "Wie deden mee",
  roomLabel: "Aantal mensen in de zaal",
  roomHint: "Voor het verslag: online deelnemers telt Wijkbord zelf, de zaal tel jij.",
  roomInvalid: `Vul een heel getal in van 0 tot ${LIMITS.maxRoomCount}.`,
  anonymous: "Verslag zonder namen (anoniem)",
  anonymousHint: "Het verslag en de exports noemen dan niemand: geen namen bij notities en deelnemers.",
};

type Messages = typeof nl;

const en: Messages = {
  heading: "Who took part",
  roomLabel: "Number of people in the room",
  roomHint: "For the report: Wijkbord counts online participants itself, you count the room.",
  roomInvalid: `Enter a whole number from 0 to ${LIMITS.maxRoomCount}.`,
  anonymous: "Report without names (anonymous)",
  anonymousHint: "The report and exports then name nobody: no names with notes or participants.",
};

export const ATTENDANCE_MESSAGES: Record<Locale, Messages> = { nl, en };
