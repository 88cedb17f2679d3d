import type { Locale } from "../../app/messages.ts";

/* UI texts of the thermometer, Dutch first. */
const nl = {
  marker: "Markering",
  notPlaced: "nog niet geplaatst",
  placeHint:
    "Klik of sleep op de thermometer om de markering te plaatsen; de pijltjestoetsen verschuiven haar.",
} as const;

export type ThermometerMessages = Record<keyof typeof nl, string>;

const en: ThermometerMessages = {
  marker: "Marker",
  notPlaced: "not placed yet",
  placeHint: "Click or drag on the thermometer to place the marker; the arrow keys move it.",
};

export const THERMOMETER_MESSAGES: Record<Locale, ThermometerMessages> = { nl, en };
