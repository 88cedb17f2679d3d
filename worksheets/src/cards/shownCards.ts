import { CardCountSchema, type Rect, type WorksheetDefinition } from "@wijkbord/shared";

/** Board `cardCounts` as plain values: worksheet instanceId → cards shown (validated on read). */
export type CardCounts = Readonly<Record<string, unknown>>;

/**
 * How many of a worksheet instance's addable cards the session shows: the stored count clamped to the
 * definition's `initial…max`, or `initial` when there is none or it does not parse. A definition without
 * `addableCards` shows everything (Infinity).
 */
export function shownCardCount(
  def: WorksheetDefinition,
  instanceId: string,
  counts: CardCounts = {},
): number {
  const cards = def.addableCards;
  if (!cards) return Number.POSITIVE_INFINITY;
  const parsed = CardCountSchema.safeParse(counts[instanceId]);
  if (!parsed.success) return cards.initial;
  return Math.min(cards.max, Math.max(cards.initial, parsed.data));
}

/** Whether a zone or field is on the page when `shown` cards are: not part of a card, or of a shown one. */
export function isShown(item: { card?: number | undefined }, shown: number): boolean {
  return item.card === undefined || item.card <= shown;
}

/** The zones and fields of an instance that are on the page, in the definition's order. */
export function shownParts(
  def: WorksheetDefinition,
  instanceId: string,
  counts: CardCounts = {},
): Pick<WorksheetDefinition, "zones" | "fields"> {
  const shown = shownCardCount(def, instanceId, counts);
  return {
    zones: def.zones.filter((z) => isShown(z, shown)),
    fields: def.fields.filter((f) => isShown(f, shown)),
  };
}

/** The rectangle around card `n`'s zones and fields (where the app offers to add it), or null. */
export function cardRect(def: WorksheetDefinition, n: number): Rect | null {
  const rects = [...def.zones, ...def.fields].filter((x) => x.card === n).map((x) => x.rect);
  if (rects.length === 0) return null;
  const x = Math.min(...rects.map((r) => r.x));
  const y = Math.min(...rects.map((r) => r.y));
  const right = Math.max(...rects.map((r) => r.x + r.w));
  const bottom = Math.max(...rects.map((r) => r.y + r.h));
  return { x, y, w: right - x, h: bottom - y };
}
