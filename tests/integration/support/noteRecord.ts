/** A note-like board record, shaped like a tldraw `note` shape record (enough for sync tests). */
export function noteRecord(id: string, text: string, x = 0, y = 0) {
  return {
    id,
    typeName: "shape",
    type: "note",
    x,
    y,
    rotation: 0,
    index: "a1",
    parentId: "page:page",
    isLocked: false,
    opacity: 1,
    props: { color: "yellow", size: "m", text },
    meta: { authorId: "test", authorName: "Test", worksheet: null, zone: null },
  };
}
