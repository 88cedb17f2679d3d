import { type TLShape, useValue } from "tldraw";
import { useSessionContext } from "../app/SessionContext.tsx";
import { PRIVATE_MODE_MESSAGES } from "./privateModeMessages.ts";
import { privateNoteIds } from "./privateNoteIds.ts";
import "./privateMode.css";

/** "alleen voor jou" on a note that is still in this browser's private document. */
export function NotePrivateBadge({ shape }: { shape: TLShape<"note"> }) {
  const { locale } = useSessionContext();
  const isPrivate = useValue("private note", () => privateNoteIds.get().has(shape.id), [shape.id]);
  if (!isPrivate) return null;
  const m = PRIVATE_MODE_MESSAGES[locale];
  return (
    <div
      className="wb-note-private"
      data-testid="note-private"
      title={m.banner}
      style={{ fontSize: 13 * shape.props.scale, bottom: `calc(100% + ${4 * shape.props.scale}px)` }}
    >
      {m.onlyYou}
    </div>
  );
}
