import { FACILITATOR_DOC_KEYS, FacilitatorNoteSchema, LIMITS } from "@wijkbord/shared";
import * as Y from "yjs";

/** Longest key (a worksheet instance id) of the notes map; instance ids are far shorter. */
const MAX_KEY_LENGTH = 100;

/**
 * Why a facilitator's update to the facilitators' document must be refused, or null. The document
 * holds one map, `notes` (worksheet instanceId → the facilitator's note, a string of at most
 * `LIMITS.maxFacilitatorNoteLength`); anything else would be storage nobody reads. Tried on a copy.
 */
export function facilitatorDocRefusal(doc: Y.Doc, update: Uint8Array): string | null {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  const problems: string[] = [];
  const notes = copy.getMap<unknown>(FACILITATOR_DOC_KEYS.notes);
  notes.observe((event) => {
    for (const key of event.keysChanged) {
      const value = notes.get(key);
      if (key.length > MAX_KEY_LENGTH) problems.push("a note key longer than a worksheet id");
      if (value !== undefined && !FacilitatorNoteSchema.safeParse(value).success)
        problems.push(
          `a facilitator note that is not a string of at most ${LIMITS.maxFacilitatorNoteLength}`,
        );
    }
  });
  copy.on("afterTransaction", (tr: Y.Transaction) => {
    for (const type of tr.changed.keys()) {
      if (type !== (notes as unknown))
        problems.push("only the notes map belongs in the facilitator document");
    }
  });
  Y.applyUpdate(copy, update);
  copy.destroy();
  return problems.length > 0 ? [...new Set(problems)].join("; ") : null;
}
