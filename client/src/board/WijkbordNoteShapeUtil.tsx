import { NoteShapeUtil, type TLShape } from "tldraw";
import { NoteLockBadge } from "../locking/NoteLockBadge.tsx";
import { NotePrivateBadge } from "../privateMode/NotePrivateBadge.tsx";
import { NoteVotes } from "../voting/NoteVotes.tsx";
import { NoteAuthorLabel } from "./NoteAuthorLabel.tsx";
import { useNoteFont } from "./useNoteFont.ts";

/**
 * tldraw's sticky note, plus the author's name under it. Same type (`note`), same props.
 * A `fontSizeAdjustment` of 0 (written by scripts; tldraw only recomputes it when the text is
 * edited in a browser) is drawn unscaled instead of at font size 0. Every note is drawn in the
 * session's note font (`useNoteFont`), whatever its own `props.font`: the setting is one switch for
 * the whole board. tldraw sizes a note's text for its own font; the plain sans is narrower than the
 * handwriting, so text sized for either still fits.
 */
export class WijkbordNoteShapeUtil extends NoteShapeUtil {
  override component(shape: TLShape<"note">) {
    // biome-ignore lint/correctness/useHookAtTopLevel: tldraw calls component() while rendering the shape; its own note's component() uses hooks the same way.
    const font = useNoteFont();
    const unscaled = shape.props.fontSizeAdjustment === 0;
    const restyled = font !== null && font !== shape.props.font;
    const drawn =
      unscaled || restyled
        ? {
            ...shape,
            props: {
              ...shape.props,
              ...(unscaled ? { fontSizeAdjustment: null } : {}),
              ...(restyled ? { font } : {}),
            },
          }
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
