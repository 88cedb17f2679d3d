/** Inline node types of tldraw's TipTap schema: their text runs on within the current line. */
const INLINE_TYPES = new Set(["text", "hardBreak", "mention", "emoji"]);

/** Deeper than any real note; guards against hostile or cyclic input. */
const MAX_DEPTH = 64;

type JsonNode = { type?: unknown; text?: unknown; content?: unknown; attrs?: unknown };

function isNode(value: unknown): value is JsonNode {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isInline(node: JsonNode): boolean {
  return typeof node.type === "string" && INLINE_TYPES.has(node.type);
}

function inlineText(node: JsonNode): string {
  if (node.type === "text") return typeof node.text === "string" ? node.text : "";
  if (node.type === "hardBreak") return "\n";
  // mention / emoji: their visible label, when they carry one.
  const attrs = isNode(node.attrs) ? (node.attrs as Record<string, unknown>) : {};
  const label = attrs.label ?? attrs.name;
  return typeof label === "string" ? label : "";
}

/** Lines of a block node: each textblock is one line (more with hard breaks), containers stack theirs. */
function blockLines(node: JsonNode, depth: number): string[] {
  if (depth > MAX_DEPTH) return [];
  const children = Array.isArray(node.content) ? node.content : [];
  const lines: string[] = [];
  let run: string | null = null;
  for (const child of children) {
    if (!isNode(child)) continue;
    if (isInline(child)) {
      run = (run ?? "") + inlineText(child);
    } else {
      if (run !== null) lines.push(run);
      run = null;
      lines.push(...blockLines(child, depth + 1));
    }
  }
  if (run !== null) lines.push(run);
  // An empty paragraph is still a line (an empty one).
  if (lines.length === 0 && node.type !== "doc") lines.push("");
  return lines;
}

/**
 * Plain text of a tldraw note's `props.richText` (TipTap / ProseMirror JSON): paragraphs joined with
 * "\n", hard breaks as "\n", matching tldraw's own plain-text rendering for ordinary notes (nested
 * lists give one line per item). A plain string is returned as is; anything else unreadable gives "".
 */
export function noteText(richText: unknown): string {
  if (typeof richText === "string") return richText;
  if (!isNode(richText)) return "";
  if (richText.type === "text") return inlineText(richText);
  const lines = blockLines(richText, 0);
  // tldraw's empty note is a doc holding one empty paragraph.
  return lines.join("\n");
}
