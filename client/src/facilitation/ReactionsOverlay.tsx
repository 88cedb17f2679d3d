import { TIMINGS } from "@wijkbord/shared";
import type { CSSProperties } from "react";
import { type Editor, useValue } from "tldraw";
import { useFacilitation, useFacilitationMessages } from "./FacilitationContext.tsx";
import { ReactionIcon } from "./ReactionIcon.tsx";

const FLOAT = { "--wb-reaction-ms": `${TIMINGS.reactionShowMs}ms` } as CSSProperties;

/**
 * Reactions floating up over the canvas for a moment: above the sender's cursor when it is in
 * view, otherwise in the bottom-left corner with their name. Purely visual (aria-hidden): the
 * reaction is a gesture, not information anyone must not miss.
 */
export function ReactionsOverlay({ editor }: { editor: Editor }) {
  const { reactions } = useFacilitation();
  const m = useFacilitationMessages();
  const list = useValue("reactions", () => reactions.get(), [reactions]);
  const placed = useValue("reactionPositions", () => {
    if (list.length === 0) return [];
    const view = editor.getViewportPageBounds();
    return list.map((r) => {
      const inView = r.cursor && view.containsPoint(r.cursor);
      return { reaction: r, at: inView && r.cursor ? editor.pageToViewport(r.cursor) : null };
    });
  }, [editor, list]);
  if (placed.length === 0) return null;
  let corner = 0;
  return (
    <div className="wb-reactions-overlay" aria-hidden="true" data-testid="reactions-overlay">
      {placed.map(({ reaction, at }) => {
        const style = at ? { left: at.x, top: at.y - 28 } : { left: 16, bottom: 72 + 44 * corner++ };
        return (
          <div
            key={reaction.key}
            className="wb-reaction"
            style={{ ...style, ...FLOAT, borderColor: reaction.color }}
            data-testid="reaction-shown"
            data-kind={reaction.kind}
            title={m[reaction.kind]}
          >
            <span className="wb-reaction__icon">
              <ReactionIcon kind={reaction.kind} />
            </span>
            {!at && <span className="wb-reaction__name">{reaction.name}</span>}
          </div>
        );
      })}
    </div>
  );
}
