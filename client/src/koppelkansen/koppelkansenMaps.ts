import { BOARD } from "@wijkbord/shared";
import type { KoppelkansenSnapshot } from "@wijkbord/worksheets";
import type * as Y from "yjs";

/** An entry (opgave, succesfactor, koppelkans, priority): one Y.Map, each field its own unit of conflict. */
export type EntryMap = Y.Map<unknown>;

/** The six top-level koppelkansen maps of a board document (docs/sync-protocol.md). */
export interface KoppelkansenMaps {
  doc: Y.Doc;
  opgaven: Y.Map<EntryMap>;
  succesfactoren: Y.Map<EntryMap>;
  kansen: Y.Map<EntryMap>;
  scores: Y.Map<number>;
  reasons: Y.Map<string>;
  priorities: Y.Map<EntryMap>;
}

export function koppelkansenMaps(doc: Y.Doc): KoppelkansenMaps {
  return {
    doc,
    opgaven: doc.getMap(BOARD.koppelkansenOpgaven),
    succesfactoren: doc.getMap(BOARD.koppelkansenSuccesfactoren),
    kansen: doc.getMap(BOARD.koppelkansenKansen),
    scores: doc.getMap(BOARD.koppelkansenScores),
    reasons: doc.getMap(BOARD.koppelkansenReasons),
    priorities: doc.getMap(BOARD.koppelkansenPriorities),
  };
}

/** Plain objects for `readKoppelkansen` (nested Y.Maps become plain objects). */
export function snapshotKoppelkansen(maps: KoppelkansenMaps): KoppelkansenSnapshot {
  return {
    opgaven: maps.opgaven.toJSON(),
    succesfactoren: maps.succesfactoren.toJSON(),
    kansen: maps.kansen.toJSON(),
    scores: maps.scores.toJSON(),
    reasons: maps.reasons.toJSON(),
    priorities: maps.priorities.toJSON(),
  };
}
