import type { ImageUploadResponse, WorksheetPlacement } from "@wijkbord/shared";
import { getWorksheet, zoneAt } from "@wijkbord/worksheets";
import { AssetRecordType, createShapeId, type Editor, type TLImageAsset, type TLShapeId } from "tldraw";
import { photoRect, type Rect } from "./photoRect.ts";
import type { PhotoTarget } from "./photoZoneChoices.ts";

/** The zone `hit` in page coordinates, with its worksheet and zone ids; null when it is not there. */
function zoneRect(placements: readonly WorksheetPlacement[], hit: PhotoTarget) {
  if (!hit) return null;
  const placement = placements.find((p) => p.instanceId === hit.instanceId);
  const zone =
    placement &&
    getWorksheet(placement.worksheetId, placement.version)?.zones.find((z) => z.id === hit.zoneId);
  if (!placement || !zone) return null;
  const rect: Rect = {
    x: placement.x + zone.rect.x,
    y: placement.y + zone.rect.y,
    w: zone.rect.w,
    h: zone.rect.h,
  };
  return { rect, worksheet: hit.instanceId, zone: hit.zoneId };
}

/**
 * Puts an uploaded photo on the board: its asset (the server's path, never the bytes) and an image
 * shape in the zone the facilitator chose (`target`; by default the zone at the centre of the view,
 * where they are looking), or, for null or a zone that is gone, in the middle of the view. Selects
 * it, so "Overtypen als notitie" is at hand.
 */
export function placePhoto(
  editor: Editor,
  photo: ImageUploadResponse,
  name: string,
  placements: readonly WorksheetPlacement[],
  target?: PhotoTarget,
): TLShapeId {
  const view = editor.getViewportPageBounds();
  const inZone = zoneRect(placements, target === undefined ? zoneAt(placements, view.center) : target);
  const area: Rect = inZone?.rect ?? {
    x: view.x + view.w * 0.2,
    y: view.y + view.h * 0.2,
    w: view.w * 0.6,
    h: view.h * 0.6,
  };
  const rect = photoRect(area, { w: photo.width, h: photo.height });
  const assetId = AssetRecordType.createId(photo.id);
  const asset: TLImageAsset = {
    id: assetId,
    typeName: "asset",
    type: "image",
    props: {
      src: photo.src,
      w: photo.width,
      h: photo.height,
      name,
      isAnimated: false,
      mimeType: photo.mime,
    },
    meta: {},
  };
  const id = createShapeId();
  editor.run(() => {
    editor.createAssets([asset]);
    editor.createShape({
      id,
      type: "image",
      x: rect.x,
      y: rect.y,
      props: { assetId, w: rect.w, h: rect.h },
      meta: inZone ? { worksheet: inZone.worksheet, zone: inZone.zone } : {},
    });
    editor.select(id);
  });
  return id;
}
