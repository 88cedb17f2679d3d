import type { SyntheticEvent, WheelEvent } from "react";

const stop = (e: SyntheticEvent) => e.stopPropagation();

/**
 * Spread on a control inside a worksheet shape (a widget, a button, an input) so the canvas does
 * not treat its clicks, typing, touches and clipboard as canvas input (no selecting, dragging or
 * shortcuts). The wheel is left to the canvas, which keeps panning and zooming over the control;
 * see `scrollWheel` and `stopCanvasInputAndWheel`.
 */
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
} as const;

/** The same, and the wheel too: over this control it never pans or zooms the canvas. */
export const stopCanvasInputAndWheel = { ...stopCanvasInput, onWheel: stop } as const;

/**
 * The wheel scrolls a widget's body only while it has something to scroll; otherwise the canvas
 * keeps panning and zooming over it, so a big table never traps navigation.
 */
export function scrollWheel(e: WheelEvent<HTMLElement>) {
  const el = e.currentTarget;
  if (el.scrollHeight > el.clientHeight || el.scrollWidth > el.clientWidth) e.stopPropagation();
}
