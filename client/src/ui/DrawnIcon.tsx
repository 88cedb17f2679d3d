import type { ReactNode } from "react";

/**
 * The frame of every drawn icon (24 × 24 units, decorative: the control it sits in carries the
 * name). Icons are drawn rather than emoji because a machine without an emoji font (many Linux
 * desktops) shows emoji as empty boxes.
 */
export function DrawnIcon({ size = "1em", children }: { size?: string; children: ReactNode }) {
  return (
    <svg viewBox="0 0 24 24" width={size} height={size} aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}
