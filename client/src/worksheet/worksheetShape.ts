import type { WorksheetPlacement } from "@wijkbord/shared";
import { getWorksheet } from "@wijkbord/worksheets";
import {
  createShapeId,
  getIndicesBetween,
  type IndexKey,
  type RecordProps,
  T,
  type TLPageId,
  type TLShape,
  type TLShapeId,
} from "tldraw";
import { BOARD_PAGE_ID, WORKSHEET_SHAPE_TYPE } from "../sync/recordRouting.ts";

export interface WorksheetShapeProps {
  w: number;
  h: number;
  instanceId: string;
  worksheetId: string;
  version: number;
}

declare module "tldraw" {
  interface TLGlobalShapePropsMap {
    [WORKSHEET_SHAPE_TYPE]: WorksheetShapeProps;
  }
}

export type WorksheetShape = TLShape<typeof WORKSHEET_SHAPE_TYPE>;

export const worksheetShapeProps: RecordProps<WorksheetShape> = {
  w: T.positiveNumber,
  h: T.positiveNumber,
  instanceId: T.string,
  worksheetId: T.string,
  version: T.number,
};

/**
 * Worksheets sit below every other shape: their indices lie below `a0`, while tldraw gives the
 * first shape above them `a0` or higher. Side effects keep user shapes at or above this floor.
 */
export const WORKSHEET_INDEX_CEILING = "a0" as IndexKey;

export function worksheetShapeId(instanceId: string): TLShapeId {
  return createShapeId(`${WORKSHEET_SHAPE_TYPE}-${instanceId}`);
}

/** The locked background shapes of a session's worksheets, derived from the placements. */
export function worksheetShapes(placements: readonly WorksheetPlacement[]): WorksheetShape[] {
  const indices = getIndicesBetween(null, WORKSHEET_INDEX_CEILING, placements.length);
  return placements.map((p, i) => {
    const def = getWorksheet(p.worksheetId, p.version);
    return {
      id: worksheetShapeId(p.instanceId),
      typeName: "shape",
      type: WORKSHEET_SHAPE_TYPE,
      x: p.x,
      y: p.y,
      rotation: 0,
      index: indices[i] as IndexKey,
      parentId: BOARD_PAGE_ID as TLPageId,
      isLocked: true,
      opacity: 1,
      props: {
        w: def?.size.w ?? 1200,
        h: def?.size.h ?? 800,
        instanceId: p.instanceId,
        worksheetId: p.worksheetId,
        version: p.version,
      },
      meta: {},
    } satisfies WorksheetShape;
  });
}
