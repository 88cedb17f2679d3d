import type { WorksheetList } from "@wijkbord/shared";
import { CATALOGUE } from "@wijkbord/worksheets";

/** The catalogue as `GET /api/worksheets` lists it: what a script needs to create a session and place notes. */
export function worksheetList(): WorksheetList {
  return {
    worksheets: CATALOGUE.map((w) => ({
      id: w.id,
      chapter: w.chapter,
      title: w.title,
      zones: w.zones.map((z) => ({
        id: z.id,
        title: z.title,
        rect: z.rect,
        ...(z.card === undefined ? {} : { card: z.card }),
      })),
    })),
  };
}
