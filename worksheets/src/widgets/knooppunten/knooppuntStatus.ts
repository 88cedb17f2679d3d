import type { LocalizedText } from "@wijkbord/shared";
import { z } from "zod";

/** Where the group stands on a Wijkkompas knooppunt. */
export const KnooppuntStatusSchema = z.enum(["start", "pauzeren", "afronden", "herzien"]);
export type KnooppuntStatus = z.infer<typeof KnooppuntStatusSchema>;
export const KNOOPPUNT_STATUSES = KnooppuntStatusSchema.options;

/** The statuses in words (the catalogue's), shared by the client's buttons and every report. */
export const KNOOPPUNT_STATUS_LABELS: Readonly<Record<KnooppuntStatus, LocalizedText>> = {
  start: { nl: "Start", en: "Start" },
  pauzeren: { nl: "Pauzeren", en: "Pause" },
  afronden: { nl: "Afronden", en: "Finish" },
  herzien: { nl: "Herzien", en: "Revise" },
};

/** A stored knooppunt status, or undefined when unset or unknown. */
export function parseKnooppuntStatus(value: unknown): KnooppuntStatus | undefined {
  const r = KnooppuntStatusSchema.safeParse(value);
  return r.success ? r.data : undefined;
}
