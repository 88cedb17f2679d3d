import { defaultShapeUtils, type TLAnyShapeUtilConstructor } from "tldraw";
import { WorksheetShapeUtil } from "../worksheet/WorksheetShapeUtil.tsx";
import { WijkbordNoteShapeUtil } from "./WijkbordNoteShapeUtil.tsx";

/** Wijkbord's own shape utils, passed to <Tldraw> (which merges them over its defaults). */
export const customShapeUtils: readonly TLAnyShapeUtilConstructor[] = [
  WorksheetShapeUtil,
  WijkbordNoteShapeUtil,
];

/** The same list merged over tldraw's defaults, for createTLStore (its schema must match the editor's). */
export const allShapeUtils: readonly TLAnyShapeUtilConstructor[] = [
  ...defaultShapeUtils.filter((u) => !customShapeUtils.some((c) => c.type === u.type)),
  ...customShapeUtils,
];
