/** The class that gives a control the locked look (locking/lockedControls.css). */
export const LOCKED_CONTROL_CLASS = "wb-locked-control";

export interface LockedAttributes {
  title?: string;
  "data-locked"?: "true";
}

/**
 * What a control shows while the facilitator's lock keeps this user from changing it, as the status
 * widgets do (widgets/StatusButtons.tsx): the reason as its title and `data-locked="true"`; nothing
 * otherwise. Spread on the element after its own title, so the reason wins.
 */
export function lockedAttributes(lockedNote: string | undefined): LockedAttributes {
  return lockedNote ? { title: lockedNote, "data-locked": "true" } : {};
}

/** The element's own classes, plus the locked look while `lockedNote` is set. */
export function lockedClass(className: string, lockedNote: string | undefined): string {
  return lockedNote ? `${className} ${LOCKED_CONTROL_CLASS}` : className;
}
