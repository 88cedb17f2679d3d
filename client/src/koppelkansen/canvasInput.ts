import type { SyntheticEvent, WheelEvent } from "react";

/** Keep the canvas from treating clicks, typing and drags inside a widget as canvas input. */
const stop = (e: SyntheticEvent) => e.stopPropagation();

/** Spread on a widget's root: like ConclusionField, every pointer and keyboard event stays in the widget. */
export const stopCanvasInput = {
  onPointerDown: stop,
  onPointerUp: stop,
  onPointerMove: stop,
  onClick: stop,
  onDoubleClick: stop,
  onKeyDown: stop,
  onKeyUp: stop,
  onTouchStart: stop,
  onTouchEnd: stop,
  onCopy: stop,
  onCut: stop,
  onPaste: stop,
};

/**
 * The wheel scrolls a widget's body only while it has something to scroll; otherwise the canvas
 * keeps panning and zooming over it, so a big table never traps navigation.
 */
export function scrollWheel(e: WheelEvent<HTMLElement>) {
  const el = e.currentTarget;
  if (el.scrollHeight > el.clientHeight || el.scrollWidth > el.clientWidth) e.stopPropagation();
}
