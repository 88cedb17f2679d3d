/**
 * A note record shaped like tldraw 5's `note` shape (see docs/sync-protocol.md). The server does
 * not interpret records, so sync tests only need the shape to be realistic, not schema-exact.
 */
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
    props: {
      color: "yellow",
      labelColor: "black",
      size: "m",
      font: "draw",
      fontSizeAdjustment: 1,
      align: "middle",
      verticalAlign: "middle",
      growY: 0,
      url: "",
      richText: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] },
      scale: 1,
      textLastEditedBy: null,
    },
    meta: { authorId: "test", authorName: "Test", worksheet: null, zone: null },
  };
}

/** The plain text of a note made by `noteRecord`. */
export const textOf = (note: ReturnType<typeof noteRecord> | undefined) =>
  note?.props.richText.content[0]?.content[0]?.text;
