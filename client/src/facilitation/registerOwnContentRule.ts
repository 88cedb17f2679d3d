import type { Editor, TLShape } from "tldraw";
import { WORKSHEET_SHAPE_TYPE } from "../sync/recordRouting.ts";

/** The author a shape carries in `meta.authorId` (notes always; other shapes since this rule). */
export function shapeAuthorId(shape: Pick<TLShape, "meta">): string | null {
  const authorId = (shape.meta as { authorId?: unknown }).authorId;
  return typeof authorId === "string" && authorId !== "" ? authorId : null;
}

/**
 * Whether a participant may delete a shape: their own, or one nobody signed (drawn before authors
 * were recorded, or by a script). Someone else's note stays when the eraser passes over it.
 */
export function mayDeleteShape(shape: Pick<TLShape, "meta">, selfId: string): boolean {
  const authorId = shapeAuthorId(shape);
  return authorId === null || authorId === selfId;
}

/**
 * For participants, as store side effects on their own changes (registerBoardSideEffects style):
 * every shape they create is signed with `meta.authorId/authorName` (notes already are), and the
 * eraser, Delete and cut remove only their own shapes. A client-side courtesy for a shared board;
 * facilitators keep every right.
 */
export function registerOwnContentRule(editor: Editor, self: { id: string; name: string }): () => void {
  const { sideEffects } = editor;
  const offs = [
    sideEffects.registerBeforeCreateHandler("shape", (shape, source) => {
      if (source !== "user" || shape.type === WORKSHEET_SHAPE_TYPE || shape.type === "note") return shape;
      if (shapeAuthorId(shape)) return shape;
      return { ...shape, meta: { ...shape.meta, authorId: self.id, authorName: self.name } };
    }),
    sideEffects.registerBeforeDeleteHandler("shape", (shape, source) => {
      if (source === "user" && !mayDeleteShape(shape, self.id)) return false;
      return;
    }),
  ];
  return () => {
    for (const off of offs) off();
  };
}
