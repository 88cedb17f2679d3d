import { NoteMetaSchema } from "@wijkbord/shared";
import type { TLShape } from "tldraw";
import { MESSAGES } from "../app/messages.ts";
import { useSessionContext } from "../app/SessionContext.tsx";

/** The author's name under a note (from `meta.authorName`), as plain text. */
export function NoteAuthorLabel({ shape }: { shape: TLShape<"note"> }) {
  const { locale } = useSessionContext();
  const meta = NoteMetaSchema.safeParse(shape.meta);
  if (!meta.success || !meta.data.authorName.trim()) return null;
  const scale = shape.props.scale;
  return (
    <div
      className="wb-note-author"
      title={`${MESSAGES[locale].noteAuthor} ${meta.data.authorName}`}
      style={{ fontSize: 14 * scale, top: `calc(100% + ${4 * scale}px)` }}
    >
      <span className="wb-note-author__name" data-testid="note-author">
        {meta.data.authorName}
      </span>
    </div>
  );
}
