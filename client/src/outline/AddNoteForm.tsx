import type { ReportZone } from "@wijkbord/shared";
import { type FormEvent, useState } from "react";
import type { OutlineMessages } from "./outlineMessages.ts";

/** "Nieuwe notitie in <zone>": a text field and "Toevoegen" (Enter adds). */
export function AddNoteForm({
  zone,
  m,
  onAdd,
}: {
  zone: ReportZone;
  m: OutlineMessages;
  onAdd: (zone: ReportZone, text: string) => void;
}) {
  const [text, setText] = useState("");
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim()) return;
    onAdd(zone, text.trim());
    setText("");
  };
  return (
    <form className="wb-outline__add" onSubmit={submit}>
      <input
        value={text}
        onChange={(e) => setText(e.target.value)}
        aria-label={`${m.newNote} ${zone.title}`}
      />
      <button type="submit" className="wb-button">
        {m.add}
      </button>
    </form>
  );
}
