import { LIMITS } from "@wijkbord/shared";
import { useId, useState } from "react";
import type * as Y from "yjs";
import { useSessionContext } from "../app/SessionContext.tsx";
import { FACILITATOR_EDITS_MESSAGES } from "./facilitatorEditsMessages.ts";
import { setWijkName } from "./wijkName.ts";

type Status = "saved" | "empty" | "tooLong" | null;

/** "Naam van de wijk": changes the running session's wijk; every `[naam wijk]` follows live. */
export function WijkNameSection({ control }: { control: Y.Doc }) {
  const { wijk, locale } = useSessionContext();
  const m = FACILITATOR_EDITS_MESSAGES[locale];
  const [draft, setDraft] = useState(wijk);
  const [status, setStatus] = useState<Status>(null);
  const id = useId();

  return (
    <form
      className="wb-fac__section"
      aria-labelledby={`${id}-heading`}
      onSubmit={(e) => {
        e.preventDefault();
        const result = setWijkName(control, draft);
        setStatus(result.ok ? "saved" : result.reason);
        if (result.ok) setDraft(result.wijk);
      }}
    >
      <h3 className="wb-fac__heading" id={`${id}-heading`}>
        {m.wijkHeading}
      </h3>
      <div className="wb-fac__row">
        <input
          className="wb-input utrecht-textbox utrecht-textbox--html-input wb-session-menu__input"
          data-testid="wijk-name-input"
          aria-label={m.wijkLabel}
          maxLength={LIMITS.maxWijkLength}
          value={draft}
          onChange={(e) => {
            setDraft(e.target.value);
            setStatus(null);
          }}
        />
        <button
          type="submit"
          className="wb-button utrecht-button utrecht-button--secondary-action wb-fac__small"
          data-testid="wijk-name-save"
        >
          {m.save}
        </button>
      </div>
      {status === "saved" && (
        <p className="wb-fac__hint" role="status" data-testid="wijk-name-saved">
          {m.wijkSaved}
        </p>
      )}
      {(status === "empty" || status === "tooLong") && (
        <p className="wb-fac__error" role="alert" data-testid="wijk-name-error">
          {status === "empty" ? m.wijkEmpty : m.wijkTooLong}
        </p>
      )}
    </form>
  );
}
