import { z } from "zod";
import { WorksheetIdSchema } from "./session.ts";
import { LocalizedTextSchema, RectSchema } from "./worksheetDefinition.ts";

/**
 * `GET /api/worksheets`: the worksheets a session can be created with (the ids for
 * `POST /api/sessions`), in the guide's order, and their zones: the `meta.zone` of a note and the
 * `zoneId` of a vote.
 */
export const WorksheetListSchema = z.object({
  worksheets: z.array(
    z.object({
      id: WorksheetIdSchema,
      chapter: LocalizedTextSchema,
      title: LocalizedTextSchema,
      zones: z.array(
        z.object({
          id: z.string(),
          title: LocalizedTextSchema,
          /** Relative to the worksheet's top-left corner (its placement's `x`, `y`). */
          rect: RectSchema,
          /** On an addable card that a session shows only once added (`BOARD.cardCounts`). */
          card: z.number().int().positive().optional(),
        }),
      ),
    }),
  ),
});
export type WorksheetList = z.infer<typeof WorksheetListSchema>;
