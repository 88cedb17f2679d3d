/**
 * Presence colours: distinct, readable on white, and dark enough for a white name tag text.
 * Every `#rrggbb` so they pass `ParticipantSchema`.
 */
export const PALETTE: readonly string[] = [
  "#d9480f",
  "#1971c2",
  "#2f9e44",
  "#9c36b5",
  "#e8590c",
  "#0c8599",
  "#c2255c",
  "#5f3dc4",
  "#087f5b",
  "#a61e4d",
  "#364fc7",
  "#66a80f",
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

/** A person's colour, deterministic from their participant id. */
export function colorForId(id: string): string {
  return PALETTE[hash(id) % PALETTE.length] as string;
}
