import type { SyntheticEvent } from "react";

const stop = (e: SyntheticEvent) => e.stopPropagation();

/**
 * Spread on a control inside a (locked) worksheet shape so the canvas does not treat its clicks,
 * typing and scrolling as canvas input (the same set ConclusionField stops).
 */
export const stopCanvasInput = {
  onPointerDown: stop,
  onPointerUp: stop,
  onPointerMove: stop,
  onClick: stop,
  onDoubleClick: stop,
  onKeyDown: stop,
  onKeyUp: stop,
  onWheel: stop,
  onTouchStart: stop,
  onTouchEnd: stop,
  onCopy: stop,
  onCut: stop,
  onPaste: stop,
} as const;
