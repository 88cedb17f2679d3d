import { z } from "zod";

/**
 * A value of the board document's `cardCounts` map (BOARD.cardCounts): worksheet instanceId → how many
 * of the worksheet's addable cards (`addableCards` in its definition, e.g. speelruimte's stakeholder
 * cards) the session shows. No entry = the definition's `initial`. Readers clamp a valid value to the
 * definition's `initial…max` and treat anything else as no entry (scripts can write anything).
 */
export const CardCountSchema = z.number().int().positive();
export type CardCount = z.infer<typeof CardCountSchema>;
