import { DrawnIcon } from "../ui/DrawnIcon.tsx";

/** A smiling face, for the reactions button; 1em by default, coloured by `currentColor`. */
export function SmileIcon({ size = "1em" }: { size?: string }) {
  return (
    <DrawnIcon size={size}>
      <g fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round">
        <circle cx="12" cy="12" r="9.2" />
        <path d="M8 14.2c1 1.6 2.4 2.4 4 2.4s3-.8 4-2.4" />
      </g>
      <circle cx="9" cy="9.6" r="1.3" fill="currentColor" />
      <circle cx="15" cy="9.6" r="1.3" fill="currentColor" />
    </DrawnIcon>
  );
}
