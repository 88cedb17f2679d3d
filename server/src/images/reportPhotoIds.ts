import { isSessionImagePath, type WorksheetPlacement } from "@wijkbord/shared";
import { getWorksheet, zoneAt } from "@wijkbord/worksheets";

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === "object" && v !== null;
const num = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v : undefined);

/** The worksheet whose area holds the point, or null. */
function worksheetAt(placements: readonly WorksheetPlacement[], x: number, y: number): string | null {
  for (const p of placements) {
    const def = getWorksheet(p.worksheetId, p.version);
    if (def && x >= p.x && y >= p.y && x <= p.x + def.size.w && y <= p.y + def.size.h) return p.instanceId;
  }
  return null;
}

/**
 * The session's photos on the board per worksheet (instance id → image ids, top to bottom, left
 * to right), for the report: an image shape belongs to the worksheet that holds its centre (the
 * meta the app wrote when the geometry cannot be read). Photos outside every worksheet, and
 * assets that are not this session's photos, are left out.
 */
export function reportPhotoIds(
  records: readonly unknown[],
  placements: readonly WorksheetPlacement[],
  sessionId: string,
): Map<string, string[]> {
  const srcOf = new Map<string, string>();
  for (const r of records) {
    if (isRec(r) && r.typeName === "asset" && isRec(r.props) && isSessionImagePath(r.props.src, sessionId)) {
      srcOf.set(String(r.id), String(r.props.src));
    }
  }
  const placed: { instanceId: string; imageId: string; x: number; y: number }[] = [];
  for (const r of records) {
    if (!isRec(r) || r.typeName !== "shape" || r.type !== "image" || !isRec(r.props)) continue;
    const src = srcOf.get(String(r.props.assetId));
    if (!src) continue;
    const x = num(r.x);
    const y = num(r.y);
    const imageId = src.slice(src.lastIndexOf("/") + 1);
    const onPage = typeof r.parentId === "string" && r.parentId.startsWith("page:");
    if (x !== undefined && y !== undefined && onPage) {
      const cx = x + (num(r.props.w) ?? 0) / 2;
      const cy = y + (num(r.props.h) ?? 0) / 2;
      const instanceId = zoneAt(placements, { x: cx, y: cy })?.instanceId ?? worksheetAt(placements, cx, cy);
      if (instanceId) placed.push({ instanceId, imageId, x, y });
    } else if (isRec(r.meta) && typeof r.meta.worksheet === "string") {
      // Without a page position: after the worksheet's placed photos.
      placed.push({ instanceId: r.meta.worksheet, imageId, x: Infinity, y: Infinity });
    }
  }
  const order = (a: number, b: number) => (a === b ? 0 : a < b ? -1 : 1);
  placed.sort((a, b) => order(a.y, b.y) || order(a.x, b.x));
  const byWorksheet = new Map<string, string[]>();
  for (const p of placed) {
    const ids = byWorksheet.get(p.instanceId) ?? [];
    if (!ids.includes(p.imageId)) ids.push(p.imageId);
    byWorksheet.set(p.instanceId, ids);
  }
  return byWorksheet;
}
