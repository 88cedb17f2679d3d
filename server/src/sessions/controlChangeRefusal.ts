import { CONTROL, LIMITS, WorksheetPlacementSchema } from "@wijkbord/shared";
import * as Y from "yjs";

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
/** The facilitator's texts are short (own questions, names); this only stops absurd values. */
const MAX_TEXT_LENGTH = 10 * LIMITS.maxOwnQuestionLength;

/**
 * Why a facilitator's update to the control document must be refused, or null when it may be
 * applied. It is tried on a copy of the document, so a refused update never touches the room.
 *
 * Only what is wrong in the update itself is checked, never a total (such as the number of
 * worksheets): two facilitators' valid edits can merge into a total over a limit, and refusing the
 * second one would lock that facilitator out (their client resends it on every reconnect).
 */
export function controlChangeRefusal(doc: Y.Doc, update: Uint8Array): string | null {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  const problems: string[] = [];
  const worksheets = copy.getArray<unknown>(CONTROL.worksheets);
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
      const limit = SESSION_TEXT_LIMITS[key];
      if (limit === undefined) continue;
      const value = session.get(key);
      if (typeof value !== "string" || value.length > limit)
        problems.push(`session ${key} longer than ${limit}`);
    }
  });
  const texts = copy.getMap<unknown>(CONTROL.texts);
  texts.observe((event) => {
    for (const key of event.keysChanged) {
      const value = texts.get(key);
      if (value !== undefined && (typeof value !== "string" || value.length > MAX_TEXT_LENGTH)) {
        problems.push("a text that is not a string or too long");
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
  copy.destroy();
  return problems.length > 0 ? [...new Set(problems)].join("; ") : null;
}

function rootOf(type: SharedType): SharedType {
  let t = type;
  while (t._item) t = t._item.parent as SharedType;
  return t;
}
