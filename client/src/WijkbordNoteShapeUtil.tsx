import { NoteShapeUtil, type TLShape } from "tldraw";
import { NoteAuthorLabel } from "./NoteAuthorLabel.tsx";

/** tldraw's sticky note, plus the author's name under it. Same type (`note`), same props. */
export class WijkbordNoteShapeUtil extends NoteShapeUtil {
  override component(shape: TLShape<"note">) {
    return (
      <>
        {super.component(shape)}
        <NoteAuthorLabel shape={shape} />
      </>
    );
  }
}
