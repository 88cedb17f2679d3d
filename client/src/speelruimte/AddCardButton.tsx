import type { Rect } from "@wijkbord/shared";
import { useSvgExportContext } from "tldraw";
import "./speelruimte.css";
import "../locking/lockedControls.css";
import type { Locale } from "../app/messages.ts";
import { stopCanvasInput } from "../board/stopCanvasInput.ts";
import { lockedAttributes, lockedClass } from "../locking/lockedAttributes.ts";
import { useWorksheetAccess } from "../locking/useWorksheetAccess.ts";
import { SPEELRUIMTE_MESSAGES } from "./speelruimteMessages.ts";

interface AddCardButtonProps {
  /** Where the next card will appear (its name field and quadrants). */
  rect: Rect;
  instanceId: string;
  max: number;
  locale: Locale;
  onAdd(): void;
}

/**
 * The outline of the next hidden card with "Kaart toevoegen" in it. Only the button takes pointer
 * input: the rest of the outline is canvas, as the empty worksheet around it. Not in exported images.
 * Disabled, saying why, for participants while the facilitator locked the worksheet.
 */
export function AddCardButton({ rect, instanceId, max, locale, onAdd }: AddCardButtonProps) {
  const m = SPEELRUIMTE_MESSAGES[locale];
  const { lockedNote } = useWorksheetAccess(instanceId);
  // Exported images show the worksheet as filled in, not its controls.
  if (useSvgExportContext() !== null) return null;
  return (
    <div className="sr-add-card" style={{ left: rect.x, top: rect.y, width: rect.w, height: rect.h }}>
      <button
        type="button"
        className={lockedClass("sr-add-card__button", lockedNote)}
        data-testid={`add-card-${instanceId}`}
        title={m.addCardHint.replace("{max}", String(max))}
        disabled={lockedNote !== undefined}
        {...lockedAttributes(lockedNote)}
        {...stopCanvasInput}
        onClick={(e) => {
          e.stopPropagation();
          onAdd();
        }}
      >
        + {m.addCard}
      </button>
    </div>
  );
}
