import { DrawnIcon } from "../ui/DrawnIcon.tsx";

/** A stopwatch; coloured by `currentColor`. Drawn, as "⏱" shows as an empty box without an emoji font. */
export function StopwatchIcon({ size = "1em" }: { size?: string }) {
  return (
    <DrawnIcon size={size}>
      <g fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round">
        <circle cx="12" cy="13.5" r="7.5" />
        <path d="M10 3h4M12 3v3M12 13.5V9.5M18.2 7.3l1.3-1.3" />
      </g>
    </DrawnIcon>
  );
}
