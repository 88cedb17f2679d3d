import { useState } from "react";
import { SMALL_SCREEN } from "../ui/smallScreen.ts";
import { loadViewMode, saveViewMode, type ViewMode } from "./viewMode.ts";

/** The main view, chosen once when the board opens (viewMode.ts) and remembered when switched. */
export function useViewMode(): [ViewMode, (mode: ViewMode) => void] {
  const [mode, setMode] = useState<ViewMode>(() => loadViewMode(window.matchMedia(SMALL_SCREEN).matches));
  return [
    mode,
    (next) => {
      saveViewMode(next);
      setMode(next);
    },
  ];
}
