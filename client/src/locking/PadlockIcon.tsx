import { DrawnIcon } from "../ui/DrawnIcon.tsx";

/** The padlock of everything locked (notes, widgets). Sized by its container, coloured by `currentColor`. */
export function PadlockIcon() {
  return (
    <DrawnIcon size="100%">
      <rect x="4" y="10" width="16" height="11" rx="2" fill="currentColor" />
      <path d="M8 10V7a4 4 0 0 1 8 0v3" fill="none" stroke="currentColor" strokeWidth="2.5" />
    </DrawnIcon>
  );
}
