import type { Locale } from "../app/messages.ts";

export interface HidingMessages {
  hide: string;
  show: string;
  hiddenBadge: string;
  hideTitle: string;
  showTitle: string;
  failed: string;
  zones: string;
  zonesTitle: string;
  hideZone: string;
  showZone: string;
  hiddenZoneCount: (n: number) => string;
}

export const HIDING_MESSAGES: Record<Locale, HidingMessages> = {
  nl: {
    hide: "Verbergen voor deelnemers",
    show: "Tonen",
    hiddenBadge: "verborgen",
    hideTitle:
      "Deelnemers zien dit werkblad niet, ook niet in de agenda of het tekstoverzicht, tot u het toont",
    showTitle: "Iedereen ziet dit werkblad weer, met alles wat erop stond",
    failed: "Dat lukte niet. Probeer het nog eens.",
    zones: "Zones",
    zonesTitle: "Verberg één vraag of vak van dit werkblad; de plakbriefjes erin wachten tot u het toont",
    hideZone: "Zone verbergen",
    showZone: "Zone tonen",
    hiddenZoneCount: (n) => `${n} verborgen`,
  },
  en: {
    hide: "Hide from participants",
    show: "Show",
    hiddenBadge: "hidden",
    hideTitle:
      "Participants do not see this worksheet, not in the agenda or the text view either, until you show it",
    showTitle: "Everyone sees this worksheet again, with everything that was on it",
    failed: "That did not work. Please try again.",
    zones: "Zones",
    zonesTitle: "Hide one question or box of this worksheet; its sticky notes wait until you show it",
    hideZone: "Hide zone",
    showZone: "Show zone",
    hiddenZoneCount: (n) => `${n} hidden`,
  },
};
