import { NoteShapeUtil, type TLShape } from "tldraw";
import { NoteLockBadge } from "../locking/NoteLockBadge.tsx";
import { NotePrivateBadge } from "../privateMode/NotePrivateBadge.tsx";
import { NoteVotes } from "../voting/NoteVotes.tsx";
import { NoteAuthorLabel } from "./NoteAuthorLabel.tsx";

/**
 * tldraw's sticky note, plus the author's name under it. Same type (`note`), same props.
 * A `fontSizeAdjustment` of 0 (written by scripts; tldraw only recomputes it when the text is
 * edited in a browser) is drawn unscaled instead of at font size 0.
 */
export class WijkbordNoteShapeUtil extends NoteShapeUtil {
  override component(shape: TLShape<"note">) {
    const drawn =
      shape.props.fontSizeAdjustment === 0
        ? { ...shape, props: { ...shape.props, fontSizeAdjustment: null } }
        : shape;
    return (
      <>
        {super.component(drawn)}
        <NoteAuthorLabel shape={shape} />
        <NoteLockBadge shape={shape} />
        <NotePrivateBadge shape={shape} />
        <NoteVotes shape={shape} />
      </>
    );
  }
}
