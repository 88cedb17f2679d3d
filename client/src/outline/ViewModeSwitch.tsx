import { useLocale } from "../app/LocaleProvider.tsx";
import { OUTLINE_MESSAGES } from "./outlineMessages.ts";
import type { ViewMode } from "./viewMode.ts";

/** "Alleen tekst" beside the canvas, "Canvas tonen" in text mode: the other main view. */
export function ViewModeSwitch({ mode, onSwitch }: { mode: ViewMode; onSwitch: (mode: ViewMode) => void }) {
  const { locale } = useLocale();
  const m = OUTLINE_MESSAGES[locale];
  const next = mode === "text" ? "canvas" : "text";
  return (
    <button
      type="button"
      className="wb-button utrecht-button utrecht-button--secondary-action"
      data-testid="view-mode-switch"
      title={next === "canvas" ? m.showCanvasTitle : m.textOnlyTitle}
      onClick={() => onSwitch(next)}
    >
      {next === "canvas" ? m.showCanvas : m.textOnly}
    </button>
  );
}
