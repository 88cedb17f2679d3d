import type { ReportNote } from "@wijkbord/shared";
import { useState } from "react";
import type { OutlineMessages } from "./outlineMessages.ts";

/** A note's "Bewerken" (inline, Enter saves, Escape-free "Annuleren") and "Verwijderen", as allowed. */
export function NoteActions({
  note,
  m,
  rights,
  onSave,
  onRemove,
}: {
  note: ReportNote;
  m: OutlineMessages;
  rights: { edit: boolean; remove: boolean };
  onSave: (text: string) => void;
  onRemove: () => void;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  if (draft !== null) {
    return (
      <form
        className="wb-outline__edit"
        onSubmit={(e) => {
          e.preventDefault();
          if (draft.trim()) onSave(draft.trim());
          setDraft(null);
        }}
      >
        {/* biome-ignore lint/a11y/noAutofocus: the user just asked to edit this note */}
        <input value={draft} onChange={(e) => setDraft(e.target.value)} aria-label={m.edit} autoFocus />
        <button type="submit" className="wb-button">
          {m.save}
        </button>
        <button type="button" className="wb-button" onClick={() => setDraft(null)}>
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
          className="wb-button"
          aria-label={`${m.edit}: ${note.text}`}
          onClick={() => setDraft(note.text)}
        >
          {m.edit}
        </button>
      )}
      {rights.remove && (
        <button
          type="button"
          className="wb-button"
          aria-label={`${m.remove}: ${note.text}`}
          onClick={onRemove}
        >
          {m.remove}
        </button>
      )}
    </span>
  );
}
