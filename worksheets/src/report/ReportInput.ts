import type { WorksheetPlacement } from "@wijkbord/shared";
import type { KoppelkansenSnapshot } from "../scoring/readKoppelkansen.ts";

/** Board maps by name, each as plain entries (`doc.getMap(name).toJSON()`). */
export type WidgetMaps = Readonly<Record<string, Readonly<Record<string, unknown>>>>;

/**
 * A session's content as plain values, the input of `buildReportModel`. The server reads it from
 * the two Yjs documents (`readSessionContent`); tests write it by hand. Everything beyond the
 * placements is `unknown` on purpose: boards are written by browsers and scripts, so the model
 * validates what it reads and skips what it cannot use instead of trusting it.
 */
export interface ReportInput {
  /**
   * Control document `session` map (title, wijk, createdAt, `anonymous`, `roomCount`; `facilitators`: the display
   * names the facilitators' browsers wrote there).
   */
  session: {
    title: string;
    wijk: string;
    createdAt: string;
    anonymous?: boolean;
    facilitators?: readonly string[];
    /** `roomCount`: how many took part in the room, as the facilitator entered it (validated here). */
    roomCount?: unknown;
  };
  /** Control document `worksheets`, in agenda order. */
  placements: readonly WorksheetPlacement[];
  /** Values of the board's `records` YKeyValue (shapes, bindings, assets). */
  records: readonly unknown[];
  /** Board `fields`: `${instanceId}/${fieldId}` → text. */
  fields: Readonly<Record<string, unknown>>;
  /** Board `participants`: participant id → `{ name, color, joinedAt }`. */
  participants: Readonly<Record<string, unknown>>;
  /** Control `texts`: `${instanceId}/${key}` → the facilitator's texts (own zone titles). */
  texts: Readonly<Record<string, unknown>>;
  /** Control `tables`: table id → `{ label, copies }` (source instance → copy); absent = no tables. */
  tables?: Readonly<Record<string, unknown>>;
  /** Control `facilitation.stakeholderNames`: who names speelruimte's stakeholders (see `fieldValue`). */
  stakeholderNames?: unknown;
  /** Control `members`: participant id → "facilitator" (a co-facilitator) | "removed". Absent = none. */
  members?: Readonly<Record<string, unknown>>;
  /** Control `vote.ended`: the ended dot-voting rounds, oldest first (votes per note). */
  votes?: readonly unknown[];
  /**
   * The widgets' board maps (each spec's `state.map`: `checklist`, `knooppunten`, `thermometers`), by
   * name: `${instanceId}/${itemId}` → value. Absent, or a map missing = empty.
   */
  widgetMaps?: WidgetMaps;
  /** Board `cardCounts`: instanceId → addable cards shown (speelruimte). Absent = each definition's initial. */
  cardCounts?: Readonly<Record<string, unknown>>;
  /** Board `koppelkansen.*`: the six session-wide maps of koppelkansen steps 2–4. Absent = empty. */
  koppelkansen?: KoppelkansenSnapshot;
}
