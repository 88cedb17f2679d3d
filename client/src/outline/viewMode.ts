/** The session's main view: the canvas, or the text outline alone (text mode). */
export type ViewMode = "canvas" | "text";

const KEY = "wijkbord.viewMode";

/**
 * The main view this browser chose last (for every session), else the text outline on a small
 * screen and the canvas elsewhere. Unreadable storage (private windows) counts as no choice.
 */
export function loadViewMode(
  smallScreen: boolean,
  storage: Pick<Storage, "getItem"> | undefined = globalThis.localStorage,
): ViewMode {
  let stored: string | null = null;
  try {
    stored = storage?.getItem(KEY) ?? null;
  } catch {
    stored = null;
  }
  if (stored === "canvas" || stored === "text") return stored;
  return smallScreen ? "text" : "canvas";
}

export function saveViewMode(
  mode: ViewMode,
  storage: Pick<Storage, "setItem"> | undefined = globalThis.localStorage,
): void {
  try {
    storage?.setItem(KEY, mode);
  } catch {
    // Not remembered: the choice holds for this page only.
  }
}
