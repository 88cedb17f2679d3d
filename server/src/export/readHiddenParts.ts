import {
  type Backup,
  FACILITATOR_DOC,
  HIDDEN_WORKSHEETS_KEY,
  HIDDEN_ZONES_KEY,
  HiddenWorksheetSchema,
  HiddenZoneSchema,
} from "@wijkbord/shared";
import * as Y from "yjs";
import type { Storage } from "../storage/Storage.ts";
import type { RoomRegistry } from "../sync/RoomRegistry.ts";

/**
 * The hidden worksheets and zones a backup must carry (docs/hiding.md): the facilitators'
 * document's `hidden` and `hiddenZones`, from its room when loaded, else from storage without
 * loading a room. Their notes are nowhere else; the facilitators' own notes are not part of it.
 */
export async function readHiddenParts(
  rooms: RoomRegistry,
  storage: Storage,
  sessionId: string,
): Promise<Backup["hidden"]> {
  const ref = { sessionId, doc: FACILITATOR_DOC } as const;
  const loaded = rooms.get(ref);
  const doc = new Y.Doc();
  try {
    if (loaded && !loaded.broken) Y.applyUpdate(doc, Y.encodeStateAsUpdate(loaded.doc));
    else {
      const stored = await storage.loadDocument(ref);
      for (const u of [...(stored.snapshot ? [stored.snapshot] : []), ...stored.updates])
        Y.applyUpdate(doc, u);
    }
    const parsed = <T>(key: string, schema: { safeParse(v: unknown): { data?: T } }) =>
      Object.fromEntries(
        [...doc.getMap<unknown>(key).entries()].flatMap(([k, v]) => {
          const data = schema.safeParse(v).data;
          return data ? [[k, data] as const] : [];
        }),
      );
    return {
      worksheets: parsed(HIDDEN_WORKSHEETS_KEY, HiddenWorksheetSchema),
      zones: parsed(HIDDEN_ZONES_KEY, HiddenZoneSchema),
    };
  } finally {
    doc.destroy();
  }
}
