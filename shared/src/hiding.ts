import { z } from "zod";
import { PageBoundsSchema } from "./facilitation.ts";
import { WorksheetPlacementSchema } from "./session.ts";

/**
 * Step by step ("Verbergen voor deelnemers" / "Tonen"): a hidden worksheet leaves the documents
 * participants receive. Its placement, own questions, field values and notes wait in the
 * facilitators' document until the reveal (docs/hiding.md).
 */
export const HIDE_PATH_SUFFIX = "/hide";
export const SHOW_PATH_SUFFIX = "/show";
/** `POST /api/sessions/:id/worksheets/:instanceId/hide` or `/show` (facilitators only). */
export const HIDING_PATH_SEGMENT = "/worksheets";

/** Board document key: Y.Map, opaque key → the page rectangle of a hidden worksheet. Server only. */
export const HIDDEN_AREAS_KEY = "hiddenAreas";
/** Facilitator document key: Y.Map, worksheet instanceId → HiddenWorksheet. Server only. */
export const HIDDEN_WORKSHEETS_KEY = "hidden";

export const HiddenAreaSchema = PageBoundsSchema;
export type HiddenArea = z.infer<typeof HiddenAreaSchema>;

const entries = z.record(z.string(), z.unknown());

/** What the server keeps of a hidden worksheet, to put back exactly so at the reveal. */
export const HiddenWorksheetSchema = z.object({
  placement: WorksheetPlacementSchema,
  /** Its place in the agenda when hidden; the reveal puts it back there (or at the end). */
  index: z.number().int().min(0),
  /** Its key in the board's `hiddenAreas`. */
  areaKey: z.string(),
  /** Control `texts` entries of the instance. */
  texts: z.record(z.string(), z.string()),
  /** Board map name → its entries of the instance (fields, widget states, card count). */
  maps: z.record(z.string(), entries),
  /** Board records lying on it (notes and other shapes, by their centre). */
  records: entries,
  /** Locked records lying on it (control `lockedRecords`). */
  lockedRecords: entries,
  /** Whether the facilitator had locked the worksheet. */
  locked: z.boolean(),
  hiddenAt: z.string(),
});
export type HiddenWorksheet = z.infer<typeof HiddenWorksheetSchema>;

export const HidingResponseSchema = z.object({ instanceId: z.string(), hidden: z.boolean() });
export type HidingResponse = z.infer<typeof HidingResponseSchema>;

/** tldraw's note side at scale 1; a note has no `w`/`h` props. */
const NOTE_SIDE = 200;

/** The page-coordinate centre of a stored tldraw shape record, or null when it is not one on the page. */
export function shapeCentre(record: unknown): { x: number; y: number } | null {
  if (typeof record !== "object" || record === null) return null;
  const r = record as Record<string, unknown>;
  if (r.typeName !== "shape" || typeof r.x !== "number" || typeof r.y !== "number") return null;
  const props = (typeof r.props === "object" && r.props !== null ? r.props : {}) as Record<string, unknown>;
  const scale = typeof props.scale === "number" ? props.scale : 1;
  const w = typeof props.w === "number" ? props.w : NOTE_SIDE * scale;
  const h = typeof props.h === "number" ? props.h : NOTE_SIDE * scale;
  return { x: r.x + w / 2, y: r.y + h / 2 };
}

/**
 * Whether a record lies on a hidden area: a shape whose centre is inside one of the rectangles.
 * Shapes parented to another shape are judged by their parent (only page-level shapes carry page
 * coordinates), so this looks at page-level shapes only. Server (moving and refusing) and app
 * (keeping participants out) go by it.
 */
export function liesInHiddenArea(record: unknown, areas: Iterable<HiddenArea>): boolean {
  const parentId = (record as { parentId?: unknown } | null)?.parentId;
  if (typeof parentId !== "string" || !parentId.startsWith("page:")) return false;
  const c = shapeCentre(record);
  if (!c) return false;
  for (const a of areas) {
    if (c.x >= a.x && c.x <= a.x + a.w && c.y >= a.y && c.y <= a.y + a.h) return true;
  }
  return false;
}

/** Whether a key of a per-worksheet map (`${instanceId}/…`, or the instance id itself) belongs to the instance. */
export const isInstanceKey = (key: string, instanceId: string): boolean =>
  key === instanceId || key.startsWith(`${instanceId}/`);
