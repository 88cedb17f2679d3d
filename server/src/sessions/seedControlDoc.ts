import {
  CONTROL,
  NEW_SESSION_NOTE_FONT,
  NOTE_FONT_KEY,
  PROTOCOL_VERSION,
  type WorksheetPlacement,
} from "@wijkbord/shared";
import * as Y from "yjs";

export interface ControlSeed {
  title: string;
  wijk: string;
  createdAt: string;
  worksheets: readonly WorksheetPlacement[];
}

/**
 * The control document's initial state (a Yjs update). Written by the server at creation so
 * every client, the facilitator's included, starts from the same content instead of racing to
 * initialise it (two clients seeding concurrently would each add the worksheets once).
 */
export function seedControlDoc(seed: ControlSeed): Uint8Array {
  const doc = new Y.Doc();
  doc.transact(() => {
    const session = doc.getMap(CONTROL.session);
    session.set("title", seed.title);
    session.set("wijk", seed.wijk);
    session.set("createdAt", seed.createdAt);
    session.set("protocolVersion", PROTOCOL_VERSION);
    session.set(NOTE_FONT_KEY, NEW_SESSION_NOTE_FONT);
    doc.getArray<WorksheetPlacement>(CONTROL.worksheets).push(seed.worksheets.map((w) => ({ ...w })));
    doc.getMap<string>(CONTROL.texts);
  });
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}
