import { CONTROL, RoomCountSchema, SESSION_ANONYMOUS_KEY, SESSION_ROOM_COUNT_KEY } from "@wijkbord/shared";
import { useEffect, useId, useMemo, useState } from "react";
import type * as Y from "yjs";
import { useLocale } from "../app/LocaleProvider.tsx";
import { useYMapValue } from "../sync/useYMapValue.ts";
import { ATTENDANCE_MESSAGES } from "./attendanceMessages.ts";
import { parseRoomCount, setAnonymous, setRoomCount } from "./roomCount.ts";

/**
 * "Wie deden mee" in the facilitator's "Werksessie" menu: the number of people in the room (for the
 * report's attendance; online participants are counted by Wijkbord) and whether the report names
 * anyone. Both live in the control document's session map.
 */
export function AttendanceSection({ control }: { control: Y.Doc }) {
  const m = ATTENDANCE_MESSAGES[useLocale().locale];
  const session = useMemo(() => control.getMap<unknown>(CONTROL.session), [control]);
  const stored = RoomCountSchema.safeParse(useYMapValue(session, SESSION_ROOM_COUNT_KEY));
  const storedText = stored.success ? String(stored.data) : "";
  const anonymous = useYMapValue(session, SESSION_ANONYMOUS_KEY) === true;
  const [text, setText] = useState(storedText);
  // Another facilitator's count replaces what is shown, unless this one is mid-typing something invalid.
  useEffect(() => setText(storedText), [storedText]);
  const invalid = parseRoomCount(text) === undefined;
  const id = useId();
  return (
    <fieldset className="wb-fac__section wb-fac__fieldset">
      <legend className="wb-fac__heading">{m.heading}</legend>
      <label htmlFor={`${id}-room`}>{m.roomLabel}</label>
      <input
        id={`${id}-room`}
        type="number"
        inputMode="numeric"
        min={0}
        step={1}
        data-testid="room-count"
        value={text}
        aria-invalid={invalid}
        aria-describedby={`${id}-room-hint`}
        onChange={(e) => {
          setText(e.target.value);
          const count = parseRoomCount(e.target.value);
          if (count !== undefined) setRoomCount(control, count);
        }}
      />
      <p className="wb-fac__hint" id={`${id}-room-hint`} role={invalid ? "alert" : undefined}>
        {invalid ? m.roomInvalid : m.roomHint}
      </p>
      <label className="wb-fac__check" title={m.anonymousHint}>
        <input
          type="checkbox"
          data-testid="report-anonymous"
          checked={anonymous}
          onChange={(e) => setAnonymous(control, e.target.checked)}
        />
        {m.anonymous}
      </label>
    </fieldset>
  );
}
