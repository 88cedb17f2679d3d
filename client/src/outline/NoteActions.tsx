import type { ReportNote } from "@wijkbord/shared";
import { lockedAttributes, lockedClass } from "../locking/lockedAttributes.ts";
import type { OutlineMessages } from "./outlineMessages.ts";

/**
 * A note's "Bewerken" (inline, Enter saves, Escape-free "Annuleren") and "Verwijderen", as allowed.
 * An edit opened before the note was locked stays open, read-only, saying why; "Annuleren" closes it.
 * The open edit is the caller's state, kept by note id: a lock moves the note from the board to the
 * control document, which can reach this browser as a removal a moment before the note comes back,
 * and an edit held here would be lost with the unmounted row.
 */
export function NoteActions({
  note,
  m,
  rights,
  lockedNote,
  draft,
  onDraft,
  onSave,
  onRemove,
}: {
  note: ReportNote;
  m: OutlineMessages;
  rights: { edit: boolean; remove: boolean };
  /** Why it cannot be changed while locked, else undefined. */
  lockedNote?: string | undefined;
  /** The text of the open edit, or null when none is open. */
  draft: string | null;
  onDraft: (draft: string | null) => void;
  onSave: (text: string) => void;
  onRemove: () => void;
}) {
  if (draft !== null) {
    return (
      <form
        className="wb-outline__edit"
        onSubmit={(e) => {
          e.preventDefault();
          if (draft.trim()) onSave(draft.trim());
          onDraft(null);
        }}
      >
        <input
          className={lockedClass("", lockedNote)}
          value={draft}
          onChange={(e) => onDraft(e.target.value)}
          aria-label={m.edit}
          // biome-ignore lint/a11y/noAutofocus: the user just asked to edit this note
          autoFocus
          readOnly={!rights.edit}
          {...lockedAttributes(lockedNote)}
        />
        <button
          type="submit"
          className={lockedClass("wb-button utrecht-button utrecht-button--secondary-action", lockedNote)}
          disabled={!rights.edit}
          {...lockedAttributes(lockedNote)}
        >
          {m.save}
        </button>
        <button
          type="button"
          className="wb-button utrecht-button utrecht-button--secondary-action"
          onClick={() => onDraft(null)}
        >
          {m.cancel}
        </button>
      </form>
    );
  }
  return (
    <span className="wb-outline__actions">
      {rights.edit && (
        <button
          type="button"
          className="wb-button utrecht-button utrecht-button--secondary-action"
          aria-label={`${m.edit}: ${note.text}`}
          onClick={() => onDraft(note.text)}
        >
          {m.edit}
        </button>
      )}
      {rights.remove && (
        <button
          type="button"
          className="wb-button utrecht-button utrecht-button--secondary-action"
          aria-label={`${m.remove}: ${note.text}`}
          onClick={onRemove}
        >
          {m.remove}
        </button>
      )}
    </span>
  );
}
