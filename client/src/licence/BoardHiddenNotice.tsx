import { useLocale } from "../app/LocaleProvider.tsx";
import { LICENCE_MESSAGES } from "./licenceMessages.ts";
import { useBoardHidden } from "./useBoardHidden.ts";
import "./licence.css";

/** For everyone on the board: why it vanished when tldraw's licence check hid it. */
export function BoardHiddenNotice() {
  const { locale } = useLocale();
  const m = LICENCE_MESSAGES[locale];
  if (!useBoardHidden()) return null;
  return (
    <div className="wb-board-hidden" role="alert" data-testid="board-hidden-notice">
      <h1>{m.boardHiddenTitle}</h1>
      <p>{m.boardHiddenBody}</p>
    </div>
  );
}
