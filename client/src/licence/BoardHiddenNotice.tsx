import { useState } from "react";
import { useLocale } from "../app/LocaleProvider.tsx";
import { LICENCE_MESSAGES } from "./licenceMessages.ts";
import { useBoardHidden } from "./useBoardHidden.ts";
import "./licence.css";

/**
 * For everyone on the board: why it vanished when tldraw's licence check hid it. Closable, because
 * it sits over the text outline that takes the board's place.
 */
export function BoardHiddenNotice() {
  const { locale } = useLocale();
  const m = LICENCE_MESSAGES[locale];
  const hidden = useBoardHidden();
  const [closed, setClosed] = useState(false);
  if (!hidden || closed) return null;
  return (
    <div className="wb-board-hidden" role="alert" data-testid="board-hidden-notice">
      <h1>{m.boardHiddenTitle}</h1>
      <p>{m.boardHiddenBody}</p>
      <button
        type="button"
        className="wb-button utrecht-button utrecht-button--subtle wb-button--quiet"
        onClick={() => setClosed(true)}
      >
        {m.dismiss}
      </button>
    </div>
  );
}
