import type { ReportZone } from "@wijkbord/shared";
import { type FormEvent, useState } from "react";
import { lockedAttributes, lockedClass } from "../locking/lockedAttributes.ts";
import type { OutlineMessages } from "./outlineMessages.ts";
import "../locking/lockedControls.css";

/**
 * "Nieuwe notitie in <zone>": a text field and "Toevoegen" (Enter adds). Disabled, saying why,
 * while the facilitator locked the worksheet; a refused add keeps the typed text.
 */
export function AddNoteForm({
  zone,
  m,
  onAdd,
  lockedNote,
}: {
  zone: ReportZone;
  m: OutlineMessages;
  /** False when the note was refused. */
  onAdd: (zone: ReportZone, text: string) => boolean;
  lockedNote?: string | undefined;
}) {
  const [text, setText] = useState("");
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim()) return;
    if (onAdd(zone, text.trim())) setText("");
  };
  const locked = lockedNote !== undefined;
  return (
    <form className="wb-outline__add" onSubmit={submit}>
      <input
        className={lockedClass("", lockedNote)}
        value={text}
        onChange={(e) => setText(e.target.value)}
        aria-label={`${m.newNote} ${zone.title}`}
        disabled={locked}
        {...lockedAttributes(lockedNote)}
      />
      <button
        type="submit"
        className={lockedClass("wb-button utrecht-button utrecht-button--secondary-action", lockedNote)}
        disabled={locked}
        {...lockedAttributes(lockedNote)}
      >
        {m.add}
      </button>
    </form>
  );
}
