import { type TLShape, useEditor, useValue } from "tldraw";
import { useSessionContext } from "../app/SessionContext.tsx";
import { LOCKING_MESSAGES } from "./lockingMessages.ts";
import { PadlockIcon } from "./PadlockIcon.tsx";
import "./locking.css";

/** A padlock on a note the facilitator locked, so people see why it does not move. */
export function NoteLockBadge({ shape }: { shape: TLShape<"note"> }) {
  const { locale } = useSessionContext();
  const editor = useEditor();
  // Read live: tldraw re-renders a shape only when its props or meta change, and locking in this
  // browser changes neither (a lock that arrives by sync replaces the whole record, so it did show).
  const isLocked = useValue("note locked", () => editor.getShape(shape.id)?.isLocked ?? false, [
    editor,
    shape.id,
  ]);
  if (!isLocked) return null;
  const size = 28 * shape.props.scale;
  return (
    <div
      className="wb-note-lock"
      data-testid="note-locked"
      title={LOCKING_MESSAGES[locale].refusedLocked}
      style={{ width: size, height: size }}
    >
      <PadlockIcon />
    </div>
  );
}
