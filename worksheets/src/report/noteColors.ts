import type { LocalizedText } from "@wijkbord/shared";
import { type Lang, localize } from "../localize.ts";

/**
 * What each of tldraw's colour ids looks like on a sticky note: the fill tldraw's light theme gives
 * notes (its `noteFill`, which WijkbordNoteShapeUtil draws unchanged) and the name people give that
 * fill. A note's id is not its look: the default "black" note is yellow, "yellow" is a deeper orange
 * yellow, so exports name the look, never the id.
 */
export const NOTE_COLORS: Readonly<Record<string, { fill: string; name: LocalizedText }>> = {
  black: { fill: "#FCE19C", name: { nl: "geel", en: "yellow" } },
  yellow: { fill: "#FED49A", name: { nl: "oranjegeel", en: "orange-yellow" } },
  orange: { fill: "#FAA475", name: { nl: "oranje", en: "orange" } },
  red: { fill: "#FC8282", name: { nl: "rood", en: "red" } },
  "light-red": { fill: "#F7A5A1", name: { nl: "roze", en: "pink" } },
  violet: { fill: "#DB91FD", name: { nl: "paars", en: "purple" } },
  "light-violet": { fill: "#DFB0F9", name: { nl: "lichtpaars", en: "light purple" } },
  blue: { fill: "#8AA3FF", name: { nl: "blauw", en: "blue" } },
  "light-blue": { fill: "#9BC4FD", name: { nl: "lichtblauw", en: "light blue" } },
  green: { fill: "#6FC896", name: { nl: "groen", en: "green" } },
  "light-green": { fill: "#98D08A", name: { nl: "lichtgroen", en: "light green" } },
  grey: { fill: "#C0CAD3", name: { nl: "grijs", en: "grey" } },
  white: { fill: "#FFFFFF", name: { nl: "wit", en: "white" } },
};

/** The name of the colour a note with tldraw colour `id` shows; an unknown id as it is. */
export function noteColorName(id: string, lang: Lang): string {
  const known = NOTE_COLORS[id];
  return known ? localize(known.name, lang) : id;
}
