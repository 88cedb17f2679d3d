/** Plain text as the TipTap document a note's `props.richText` holds: one paragraph per line. */
export function plainRichText(text: string) {
  return {
    type: "doc",
    content: text
      .split("\n")
      .map((line) =>
        line ? { type: "paragraph", content: [{ type: "text", text: line }] } : { type: "paragraph" },
      ),
  };
}
