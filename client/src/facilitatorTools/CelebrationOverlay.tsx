import { type CSSProperties, useEffect, useRef, useState } from "react";
import { useValue } from "tldraw";
import { useFacilitation } from "../facilitation/FacilitationContext.tsx";
import { ReactionIcon } from "../facilitation/ReactionIcon.tsx";
import { useFacilitatorToolsMessages } from "./useFacilitatorToolsMessages.ts";

/** How long the celebration stays on screen. */
const SHOW_MS = 4000;
const PIECES = 36;
const COLORS = ["#e03131", "#f08c00", "#fcc419", "#2f9e44", "#1971c2", "#9c36b5"];

/**
 * "Vieren": when the facilitator celebrates (a new id), confetti falls for a moment with a Dutch
 * message. A celebration already present when the board opened is not replayed. With
 * prefers-reduced-motion the confetti stays away (CSS) and only the message shows.
 */
export function CelebrationOverlay() {
  const { facilitation } = useFacilitation();
  const m = useFacilitatorToolsMessages();
  const celebration = useValue("celebration", () => facilitation.celebration.get(), [facilitation]);
  const seen = useRef(celebration?.id ?? null);
  const [shown, setShown] = useState<string | null>(null);
  useEffect(() => {
    if (!celebration || celebration.id === seen.current) return;
    seen.current = celebration.id;
    setShown(celebration.id);
    const timer = setTimeout(() => setShown(null), SHOW_MS);
    return () => clearTimeout(timer);
  }, [celebration]);
  if (!shown) return null;
  return (
    <div className="wb-celebration" data-testid="celebration">
      <div className="wb-celebration__confetti" aria-hidden="true">
        {Array.from({ length: PIECES }, (_, i) => (
          <span
            // biome-ignore lint/suspicious/noArrayIndexKey: a fixed set of pieces, never reordered.
            key={i}
            className="wb-confetti"
            style={
              {
                left: `${(i * 97) % 100}%`,
                // Scattered over the upper part from the first frame, then falling.
                top: `${((i * 53) % 45) - 5}%`,
                background: COLORS[i % COLORS.length],
                "--wb-confetti-delay": `${(i % 9) * 90}ms`,
                "--wb-confetti-drift": `${((i * 37) % 120) - 60}px`,
              } as CSSProperties
            }
          />
        ))}
      </div>
      <p className="wb-celebration__message" role="status">
        <ReactionIcon kind="party" /> {m.celebrated}
      </p>
    </div>
  );
}
