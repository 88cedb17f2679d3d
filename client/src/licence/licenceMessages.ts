import type { Locale } from "../app/messages.ts";

/** Texts about tldraw's licence; `{date}` and `{hosts}` are filled in by `licenceNotice`. */
export const LICENCE_MESSAGES = {
  nl: {
    missing: "De tldraw-licentie ontbreekt.",
    invalid: "De tldraw-licentiesleutel is ongeldig.",
    "wrong-host": "De tldraw-licentie geldt niet voor dit adres (wel voor: {hosts}).",
    expired: "De tldraw-licentie is verlopen op {date}.",
    expiring: "De tldraw-licentie verloopt op {date}.",
    hidesNow:
      "Het bord verdwijnt daardoor 5 seconden nadat het opent, ook midden in een werksessie. Vraag de beheerder om een geldige sleutel (TLDRAW_LICENSE_KEY).",
    hidesThen:
      "Daarna verdwijnt het bord 5 seconden nadat het opent. Vraag de beheerder op tijd om een nieuwe sleutel (TLDRAW_LICENSE_KEY).",
    dismiss: "Sluiten",
    boardHiddenTitle: "Het bord kan niet worden getoond",
    boardHiddenBody:
      "De tldraw-licentie van deze installatie ontbreekt of is verlopen, daarom verbergt tldraw het bord. Je notities zijn bewaard en je kunt verder in het tekstoverzicht. Laat het de facilitator weten.",
  },
  en: {
    missing: "The tldraw licence is missing.",
    invalid: "The tldraw licence key is invalid.",
    "wrong-host": "The tldraw licence is not for this address (it is for: {hosts}).",
    expired: "The tldraw licence expired on {date}.",
    expiring: "The tldraw licence expires on {date}.",
    hidesNow:
      "So the board disappears 5 seconds after it opens, even in the middle of a session. Ask your administrator for a valid key (TLDRAW_LICENSE_KEY).",
    hidesThen:
      "From then on the board disappears 5 seconds after it opens. Ask your administrator for a new key (TLDRAW_LICENSE_KEY) in time.",
    dismiss: "Close",
    boardHiddenTitle: "The board cannot be shown",
    boardHiddenBody:
      "This installation's tldraw licence is missing or has expired, so tldraw hides the board. Your notes are kept and you can go on in the text outline. Please tell the facilitator.",
  },
} satisfies Record<Locale, Record<string, string>>;
