import type { WorksheetPlacement } from "@wijkbord/shared";
import { type CardCounts, shownCardCount } from "../cards/shownCards.ts";
import { getWorksheet } from "../catalogue.ts";
import { byReadingOrder } from "../report/readingOrder.ts";
import { zoneAt } from "../zoneAt.ts";

/**
 * Where stap 3 finds stap 2's stakeholders: the invloed × belang matrix of `stakeholders-verkennen`, the
 * quadrants "met hoge invloed en/of hoog belang" (the guide: stap 3 "heeft betrekking op de stakeholders
 * met hoge invloed en/of hoog belang"). Lage invloed · laag belang is left out; so are the questions
 * 1–6, whose notes are answers (groups, drijfveren, initiatieven), not the plotted parties.
 */
export const STAKEHOLDER_SOURCE = {
  worksheetId: "stakeholders-verkennen",
  zoneIds: [
    "matrix-hoge-invloed-laag-belang",
    "matrix-hoge-invloed-hoog-belang",
    "matrix-lage-invloed-hoog-belang",
  ],
} as const;

const NAME_FIELD = /^stakeholder-(\d+)-naam$/;

/** A note on the board: its plain text and the page point at its centre. */
export interface BoardNote {
  id: string;
  text: string;
  cx: number;
  cy: number;
}

export interface PullStakeholdersInput {
  /** The control document's placements, in agenda order. */
  placements: readonly WorksheetPlacement[];
  notes: readonly BoardNote[];
  /** Board `fields`: `${instanceId}/${fieldId}` → text. */
  fields: Readonly<Record<string, unknown>>;
  /** Board `cardCounts`. */
  cardCounts?: CardCounts;
  /** The speelruimte instance whose cards are filled. */
  instanceId: string;
}

export interface PullStakeholdersResult {
  /** Name fields to write (`${instanceId}/stakeholder-N-naam` → name), only ones that were empty. */
  names: Array<{ key: string; name: string }>;
  /** The instance's new card count when cards had to be added, else null. */
  cardCount: number | null;
  /** Names that found no empty card (all cards full). */
  left: string[];
}

const asName = (text: string) => text.replace(/\s+/g, " ").trim();
const sameName = (name: string) => name.toLocaleLowerCase("nl");

/**
 * Which of stap 2's stakeholder names go into which of a speelruimte instance's cards: the notes in the
 * matrix quadrants of every stakeholders-verkennen instance (agenda order, then reading order), one name
 * per note, each name once; a name already in one of the cards is not added again. They fill the empty
 * name fields in card order, the shown cards first, then cards added for them up to the definition's
 * maximum. Filled names stay. Pure.
 */
export function pullStakeholderNames(input: PullStakeholdersInput): PullStakeholdersResult {
  const none: PullStakeholdersResult = { names: [], cardCount: null, left: [] };
  const target = input.placements.find((p) => p.instanceId === input.instanceId);
  const def = target && getWorksheet(target.worksheetId, target.version);
  if (!target || !def) return none;
  const slots = def.fields
    .map((f) => ({ id: f.id, n: Number(NAME_FIELD.exec(f.id)?.[1] ?? Number.NaN) }))
    .filter((s) => Number.isInteger(s.n))
    .sort((a, b) => a.n - b.n)
    .map((s) => ({ ...s, key: `${target.instanceId}/${s.id}` }));
  if (slots.length === 0) return none;

  const current = (key: string) => {
    const v = input.fields[key];
    return typeof v === "string" ? asName(v) : "";
  };
  const taken = new Set(
    slots
      .map((s) => current(s.key))
      .filter(Boolean)
      .map(sameName),
  );
  const candidates: string[] = [];
  for (const name of sourceNames(input)) {
    if (taken.has(sameName(name))) continue;
    taken.add(sameName(name));
    candidates.push(name);
  }

  const names: PullStakeholdersResult["names"] = [];
  let highest = 0;
  for (const slot of slots) {
    if (candidates.length === 0) break;
    if (current(slot.key) !== "") continue;
    const name = candidates.shift();
    if (name === undefined) break;
    names.push({ key: slot.key, name });
    highest = slot.n;
  }
  const shown = shownCardCount(def, target.instanceId, input.cardCounts);
  const cardCount = def.addableCards && highest > shown ? highest : null;
  return { names, cardCount, left: candidates };
}

/** The names on stap 2's matrix notes, in agenda order and then reading order. */
function sourceNames({ placements, notes, cardCounts }: PullStakeholdersInput): string[] {
  const sources = placements.filter((p) => p.worksheetId === STAKEHOLDER_SOURCE.worksheetId);
  const zones: ReadonlySet<string> = new Set(STAKEHOLDER_SOURCE.zoneIds);
  const out: string[] = [];
  for (const source of sources) {
    const inMatrix = notes.filter((n) => {
      const hit = zoneAt(placements, { x: n.cx, y: n.cy }, cardCounts);
      return hit?.instanceId === source.instanceId && zones.has(hit.zoneId);
    });
    for (const note of [...inMatrix].sort(byReadingOrder)) {
      const name = asName(note.text);
      if (name) out.push(name);
    }
  }
  return out;
}
