import type { Locale } from "../app/messages.ts";

/** Texts of the facilitator lock (kept beside the feature, like the export and koppelkansen texts). */
export const LOCKING_MESSAGES = {
  nl: {
    menu: "Vergrendelen",
    menuTitle:
      "Vergrendel notities of hele werkbladen: deelnemers kunnen ze dan niet verplaatsen of wijzigen",
    selection: "Selectie",
    lock: "Vergrendelen",
    unlock: "Ontgrendelen",
    lockTitle:
      "Vergrendel de selectie: deelnemers kunnen haar niet verplaatsen, wijzigen of verwijderen (Shift+L)",
    unlockTitle: "Ontgrendel de selectie (Shift+L)",
    areas: "Werkbladen",
    areasTitle: "Vergrendel een heel werkblad met alles erop",
    areaLocked: "vergrendeld",
    lockArea: "Vergrendel",
    unlockArea: "Ontgrendel",
    refusedArea:
      "Dit werkblad is vergrendeld door de facilitator: je kunt er niets op zetten of naartoe verplaatsen.",
    refusedLock: "Alleen de facilitator kan vergrendelen en ontgrendelen.",
    refusedLocked: "Dit is vergrendeld door de facilitator.",
    widgetLocked: "Dit werkblad is vergrendeld door de facilitator: je kunt deze status niet wijzigen.",
    worksheetLocked: "Dit werkblad is vergrendeld door de facilitator.",
  },
  en: {
    menu: "Lock",
    menuTitle: "Lock notes or whole worksheets: participants then cannot move or change them",
    selection: "Selection",
    lock: "Lock",
    unlock: "Unlock",
    lockTitle: "Lock the selection: participants cannot move, change or delete it (Shift+L)",
    unlockTitle: "Unlock the selection (Shift+L)",
    areas: "Worksheets",
    areasTitle: "Lock a whole worksheet with everything on it",
    areaLocked: "locked",
    lockArea: "Lock",
    unlockArea: "Unlock",
    refusedArea: "The facilitator locked this worksheet: you cannot put or move anything onto it.",
    refusedLock: "Only the facilitator can lock and unlock.",
    refusedLocked: "The facilitator locked this.",
    widgetLocked: "The facilitator locked this worksheet: you cannot change this status.",
    worksheetLocked: "The facilitator locked this worksheet.",
  },
} satisfies Record<Locale, Record<string, string>>;

export type LockingMessageKey = keyof (typeof LOCKING_MESSAGES)["nl"];
