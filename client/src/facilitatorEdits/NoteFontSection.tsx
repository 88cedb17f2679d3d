import { CONTROL, NOTE_FONT_KEY, type NoteFont, readNoteFont } from "@wijkbord/shared";
import { useId, useMemo } from "react";
import type * as Y from "yjs";
import { useSessionContext } from "../app/SessionContext.tsx";
import { useYMapValue } from "../sync/useYMapValue.ts";
import { FACILITATOR_EDITS_MESSAGES } from "./facilitatorEditsMessages.ts";
import { setNoteFont } from "./noteFont.ts";

/** "Letter van de notities": plain letters or handwriting, for every note on every screen at once. */
export function NoteFontSection({ control }: { control: Y.Doc }) {
  const { locale } = useSessionContext();
  const m = FACILITATOR_EDITS_MESSAGES[locale];
  const session = useMemo(() => control.getMap<unknown>(CONTROL.session), [control]);
  const font = readNoteFont(useYMapValue(session, NOTE_FONT_KEY));
  const id = useId();
  const options: { value: NoteFont; label: string }[] = [
    { value: "sans", label: m.fontSans },
    { value: "draw", label: m.fontDraw },
  ];
  return (
    <fieldset className="wb-fac__section wb-fac__fieldset" aria-describedby={`${id}-hint`}>
      <legend className="wb-fac__heading">{m.fontHeading}</legend>
      {options.map((o) => (
        <label key={o.value} className="wb-note-font__option">
          <input
            type="radio"
            name={`${id}-font`}
            value={o.value}
            data-testid={`note-font-${o.value}`}
            checked={font === o.value}
            onChange={() => setNoteFont(control, o.value)}
          />
          <span className={`wb-note-font__sample wb-note-font__sample--${o.value}`}>{o.label}</span>
        </label>
      ))}
      <p className="wb-fac__hint" id={`${id}-hint`}>
        {m.fontHint}
      </p>
    </fieldset>
  );
}
