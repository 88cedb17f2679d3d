import { LIMITS } from "@wijkbord/shared";
import { useEffect, useRef, useState } from "react";
import { useSvgExportContext } from "tldraw";
import { useSessionContext } from "../app/SessionContext.tsx";
import { stopCanvasInputAndWheel } from "../board/stopCanvasInput.ts";
import { useYMapValue } from "../sync/useYMapValue.ts";
import { FACILITATOR_EDITS_MESSAGES } from "./facilitatorEditsMessages.ts";
import { setOwnQuestion, shownOwnQuestion } from "./ownQuestion.ts";
import "./facilitatorEdits.css";

/**
 * The title of a zone whose question the facilitator writes (`facilitatorEditableTitle`), from the
 * control document's `texts`. Facilitators get "✎ Vraag aanpassen": an inline input, Enter saves,
 * Escape cancels. Everyone else, and exported images, get the text only.
 */
export function OwnQuestionTitle({ textKey, guideText }: { textKey: string; guideText: string }) {
  const { texts, role, wijk, locale } = useSessionContext();
  const m = FACILITATOR_EDITS_MESSAGES[locale];
  const stored = useYMapValue(texts, textKey);
  const exporting = useSvgExportContext() !== null;
  const [draft, setDraft] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const editing = draft !== null;

  useEffect(() => {
    if (editing) {
      input.current?.focus();
      input.current?.select();
    } else if (returnFocus.current) {
      returnFocus.current = false;
      editButton.current?.focus();
    }
  }, [editing]);

  const shown = shownOwnQuestion(stored, guideText, wijk);
  if (role !== "facilitator" || exporting) return <>{shown}</>;

  const close = (save: boolean) => {
    if (save && draft !== null) setOwnQuestion(texts, textKey, draft);
    returnFocus.current = true;
    setDraft(null);
  };

  if (draft === null) {
    return (
      <>
        {shown}{" "}
        <button
          ref={editButton}
          type="button"
          className="wb-own-question__edit"
          data-testid={`own-question-edit-${textKey}`}
          title={m.editQuestionTitle}
          {...stopCanvasInputAndWheel}
          onClick={(e) => {
            e.stopPropagation();
            setDraft(typeof stored === "string" ? stored : "");
          }}
        >
          {m.editQuestion}
        </button>
      </>
    );
  }

  return (
    <span className="wb-own-question__editor">
      <input
        ref={input}
        className="wb-own-question__input"
        data-testid={`own-question-input-${textKey}`}
        aria-label={m.questionLabel}
        placeholder={guideText}
        maxLength={LIMITS.maxOwnQuestionLength}
        value={draft}
        {...stopCanvasInputAndWheel}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => {
          e.stopPropagation();
          if (e.key === "Enter") {
            e.preventDefault();
            close(true);
          } else if (e.key === "Escape") {
            e.preventDefault();
            close(false);
          }
        }}
      />
      <span className="wb-own-question__actions">
        <button
          type="button"
          className="wb-own-question__button"
          data-testid={`own-question-save-${textKey}`}
          {...stopCanvasInputAndWheel}
          onClick={(e) => {
            e.stopPropagation();
            close(true);
          }}
        >
          {m.save}
        </button>
        <button
          type="button"
          className="wb-own-question__button"
          {...stopCanvasInputAndWheel}
          onClick={(e) => {
            e.stopPropagation();
            close(false);
          }}
        >
          {m.cancel}
        </button>
        <span className="wb-own-question__hint">{m.questionHint}</span>
      </span>
    </span>
  );
}
