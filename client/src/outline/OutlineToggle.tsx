import { useLocale } from "../app/LocaleProvider.tsx";
import { OUTLINE_MESSAGES } from "./outlineMessages.ts";

/** Opens and closes the text outline (OutlineView) from the top bar. */
export function OutlineToggle({ open, onToggle }: { open: boolean; onToggle: () => void }) {
  const { locale } = useLocale();
  const m = OUTLINE_MESSAGES[locale];
  return (
    <button
      type="button"
      className="wb-button utrecht-button utrecht-button--secondary-action"
      data-testid="outline-toggle"
      aria-pressed={open}
      title={m.toggleTitle}
      onClick={onToggle}
    >
      {m.toggle}
    </button>
  );
}
