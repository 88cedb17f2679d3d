import {
  CelebrationSchema,
  CONTROL,
  CursorVisibilitySchema,
  FACILITATION,
  LIMITS,
  NOTE_FONT_KEY,
  NoteFontSchema,
  RoomCountSchema,
  SESSION_ANONYMOUS_KEY,
  SESSION_ROOM_COUNT_KEY,
  TableIdSchema,
  TableSchema,
  WorksheetPlacementSchema,
} from "@wijkbord/shared";
import * as Y from "yjs";
import { z } from "zod";
import { isOwnQuestionKey } from "./isOwnQuestionKey.ts";

// biome-ignore lint/suspicious/noExplicitAny: Yjs types its shared types' events as YEvent<any>.
type SharedType = Y.AbstractType<Y.YEvent<any>>;

/** Shared types of the control document only the server writes (dot voting, roles). */
const SERVER_ONLY: ReadonlySet<string> = new Set([CONTROL.vote, CONTROL.members]);
const KNOWN: ReadonlySet<string> = new Set(Object.values(CONTROL));
/** Longest value of the session map's text keys a facilitator may write. */
const SESSION_TEXT_LIMITS: Readonly<Record<string, number>> = {
  title: LIMITS.maxTitleLength,
  wijk: LIMITS.maxWijkLength,
};
/**
 * Keys of the session and facilitation maps whose values must parse; deleting one (undefined) is
 * fine. What a reader would skip as invalid is refused at the door, so no app ever shows it.
 */
const CHECKED_SESSION_VALUES: Readonly<Record<string, z.ZodType>> = {
  [NOTE_FONT_KEY]: NoteFontSchema,
  [SESSION_ROOM_COUNT_KEY]: RoomCountSchema,
  [SESSION_ANONYMOUS_KEY]: z.boolean(),
};
const CHECKED_FACILITATION_VALUES: Readonly<Record<string, z.ZodType>> = {
  [FACILITATION.celebration]: CelebrationSchema,
  [FACILITATION.cursors]: CursorVisibilitySchema,
};
/** The facilitator's other texts are short too (speelruimte's stakeholder names); this only stops absurd values. */
const MAX_TEXT_LENGTH = 10 * LIMITS.maxOwnQuestionLength;
/**
 * How far over `LIMITS.maxWorksheetsPerSession` an update may take the agenda: the app adds a
 * worksheet only below the limit, so two facilitators adding the last one at the same moment end
 * one over it, and the second must not be refused (its socket would close). A third at that moment,
 * or any further add, is refused.
 */
const CONCURRENT_ADD_SLACK = 1;

/**
 * Why a facilitator's update to the control document must be refused, or null when it may be
 * applied. It is tried on a copy of the document, so a refused update never touches the room.
 *
 * The limits the app keeps to (`LIMITS`) are checked on what the update changes: title and wijk
 * 1 to their length, own questions and other texts their length, and an agenda the update makes
 * longer at most `maxWorksheetsPerSession` (with `CONCURRENT_ADD_SLACK`: two facilitators' valid
 * adds can merge into one over it). Values the update leaves alone are never judged, so a session
 * that holds more (an older one) stays usable.
 */
export function controlChangeRefusal(doc: Y.Doc, update: Uint8Array): string | null {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  const problems: string[] = [];
  const checkValue = (
    map: string,
    key: string,
    value: unknown,
    schemas: Readonly<Record<string, z.ZodType>>,
  ) => {
    const schema = schemas[key];
    if (schema && value !== undefined && !schema.safeParse(value).success)
      problems.push(`invalid ${map} ${key}`);
  };
  const worksheets = copy.getArray<unknown>(CONTROL.worksheets);
  const agendaBefore = worksheets.length;
  worksheets.observe((event) => {
    for (const item of event.changes.added) {
      for (const entry of item.content.getContent()) {
        if (!WorksheetPlacementSchema.safeParse(entry).success)
          problems.push("an invalid worksheet placement");
      }
    }
  });
  const session = copy.getMap<unknown>(CONTROL.session);
  session.observe((event) => {
    for (const key of event.keysChanged) {
      if (key === NOTE_FONT_KEY && !NoteFontSchema.safeParse(session.get(key)).success)
        problems.push(`session ${key} must be one of ${NoteFontSchema.options.join(", ")}`);
      else if (key !== NOTE_FONT_KEY) checkValue("session", key, session.get(key), CHECKED_SESSION_VALUES);
      const limit = SESSION_TEXT_LIMITS[key];
      if (limit === undefined) continue;
      const value = session.get(key);
      if (typeof value !== "string" || value.length > limit)
        problems.push(`session ${key} longer than ${limit}`);
      else if (value.trim() === "") problems.push(`session ${key} empty`);
    }
  });
  const facilitation = copy.getMap<unknown>(CONTROL.facilitation);
  facilitation.observe((event) => {
    for (const key of event.keysChanged)
      checkValue("facilitation", key, facilitation.get(key), CHECKED_FACILITATION_VALUES);
  });
  const tables = copy.getMap<unknown>(CONTROL.tables);
  tables.observe((event) => {
    for (const key of event.keysChanged) {
      const value = tables.get(key);
      if (!TableIdSchema.safeParse(key).success) problems.push("a table id that is not a number");
      else if (value !== undefined && !TableSchema.safeParse(value).success)
        problems.push(`invalid table ${key}`);
    }
  });
  const texts = copy.getMap<unknown>(CONTROL.texts);
  texts.observe((event) => {
    for (const key of event.keysChanged) {
      const value = texts.get(key);
      if (value === undefined) continue;
      if (typeof value !== "string" || value.length > MAX_TEXT_LENGTH) {
        problems.push("a text that is not a string or too long");
      } else if (value.length > LIMITS.maxOwnQuestionLength && isOwnQuestionKey(key, worksheets.toArray())) {
        problems.push(`an own question longer than ${LIMITS.maxOwnQuestionLength}`);
      }
    }
  });
  const roots = new Map<SharedType, string>();
  copy.on("afterTransaction", (tr: Y.Transaction) => {
    for (const [name, type] of copy.share) roots.set(type, name);
    for (const type of tr.changed.keys()) {
      const name = roots.get(rootOf(type));
      if (name === undefined || !KNOWN.has(name)) problems.push(`unknown shared type ${name ?? "?"}`);
      else if (SERVER_ONLY.has(name)) problems.push(`${name} is written by the server only`);
    }
  });
  Y.applyUpdate(copy, update);
  const agendaAfter = worksheets.length;
  if (agendaAfter > agendaBefore && agendaAfter > LIMITS.maxWorksheetsPerSession + CONCURRENT_ADD_SLACK) {
    problems.push(`more than ${LIMITS.maxWorksheetsPerSession} worksheets`);
  }
  copy.destroy();
  return problems.length > 0 ? [...new Set(problems)].join("; ") : null;
}

function rootOf(type: SharedType): SharedType {
  let t = type;
  while (t._item) t = t._item.parent as SharedType;
  return t;
}
