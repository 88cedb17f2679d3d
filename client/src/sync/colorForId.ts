/**
 * Presence colours: twelve hues people tell apart at a glance (no two oranges or greens), readable
 * on white and dark enough for a white name tag text; neighbours differ most, as `pickColor` goes
 * round them. Every `#rrggbb` so they pass `ParticipantSchema`.
 */
export const PALETTE: readonly string[] = [
  "#1971c2", // blue
  "#e8590c", // orange
  "#2b8a3e", // green
  "#c2255c", // raspberry
  "#6741d9", // violet
  "#0c8599", // teal
  "#8d5524", // brown
  "#c92a2a", // red
  "#1c3f7a", // navy
  "#9a7400", // ochre
  "#495057", // slate
  "#5c940d", // olive
];

/** FNV-1a, 32 bit: a small stable hash so the same id gets the same colour in every browser. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * A person's first colour, deterministic from their participant id: what they show until they
 * have picked one (`pickColor`), and where `pickColor` starts looking.
 */
export function colorForId(id: string): string {
  return PALETTE[hash(id) % PALETTE.length] as string;
}

/**
 * The colour for someone joining: the palette colour fewest present people wear (`present`, one
 * entry per other person), among those the one fewest others in the session ever had (`known`),
 * then the first of those going round the palette from `colorForId(id)`, so two people joining at
 * the same moment most likely pick different ones. Distinct for up to PALETTE.length people.
 */
export function pickColor(id: string, present: readonly string[], known: readonly string[] = []): string {
  const count = (list: readonly string[]) => {
    const n = new Map<string, number>();
    for (const c of list) n.set(c.toLowerCase(), (n.get(c.toLowerCase()) ?? 0) + 1);
    return n;
  };
  const now = count(present);
  const ever = count(known);
  const start = hash(id) % PALETTE.length;
  let best = PALETTE[start] as string;
  let bestNow = Number.POSITIVE_INFINITY;
  let bestEver = Number.POSITIVE_INFINITY;
  for (let i = 0; i < PALETTE.length; i++) {
    const color = PALETTE[(start + i) % PALETTE.length] as string;
    const n = now.get(color) ?? 0;
    const e = ever.get(color) ?? 0;
    if (n < bestNow || (n === bestNow && e < bestEver)) {
      best = color;
      bestNow = n;
      bestEver = e;
    }
  }
  return best;
}
