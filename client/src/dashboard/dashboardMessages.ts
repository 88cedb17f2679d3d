import type { Locale } from "../app/messages.ts";

/** "Mijn werksessies" additions (the rest is in app/messages.ts), Dutch first. */
const nl = {
  duplicateWithContent: "Dupliceren met inhoud",
  duplicateWithContentTitle:
    "Een nieuwe werksessie met nieuwe links en dezelfde notities, velden en agenda; deelnemers, stemmen en logboek gaan niet mee",
};

const en: typeof nl = {
  duplicateWithContent: "Duplicate with content",
  duplicateWithContentTitle:
    "A new session with new links and the same notes, fields and agenda; participants, votes and the log are not copied",
};

export const DASHBOARD_MESSAGES: Record<Locale, typeof nl> = { nl, en };
