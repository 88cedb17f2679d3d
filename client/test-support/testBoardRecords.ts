import {
  createTLStore,
  defaultBindingUtils,
  defaultShapeUtils,
  PageRecordType,
  type TLPageId,
  type TLShape,
  type TLShapeId,
  type TLStore,
} from "tldraw";
import { BOARD_PAGE_ID } from "../src/sync/recordRouting.ts";

/** For unit tests: the board page, and note records shaped as tldraw 5 writes them. */
export const testPage = PageRecordType.create({
  id: BOARD_PAGE_ID as TLPageId,
  name: "Page 1",
  index: "a1" as never,
});

export interface TestNote {
  id: string;
  text?: string;
  x?: number;
  y?: number;
  isLocked?: boolean;
  authorId?: string;
  authorName?: string;
}

export function testNote({
  id,
  text = "x",
  x = 0,
  y = 0,
  isLocked = false,
  authorId = "a",
  authorName = "Anna",
}: TestNote): TLShape {
  return {
    id: id as TLShapeId,
    typeName: "shape",
    type: "note",
    x,
    y,
    rotation: 0,
    index: "a1" as never,
    parentId: BOARD_PAGE_ID as TLPageId,
    isLocked,
    opacity: 1,
    props: {
      color: "yellow",
      labelColor: "black",
      size: "m",
      font: "draw",
      fontSizeAdjustment: null,
      align: "middle",
      verticalAlign: "middle",
      growY: 0,
      url: "",
      richText: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] },
      scale: 1,
      textLastEditedBy: null,
    },
    meta: { authorId, authorName, worksheet: null, zone: null },
  } as TLShape;
}

/** A tldraw store with the default shapes and the board page, as a browser has it before syncing. */
export function testStore(): TLStore {
  const store = createTLStore({ shapeUtils: defaultShapeUtils, bindingUtils: defaultBindingUtils });
  store.mergeRemoteChanges(() => store.put([testPage]));
  return store;
}
