import { DrawnIcon } from "../ui/DrawnIcon.tsx";

/** A raised hand; 1em by default, coloured by `currentColor`. */
export function HandIcon({ size = "1em" }: { size?: string }) {
  return (
    <DrawnIcon size={size}>
      <path
        d="M7.5 13V6.2a1.4 1.4 0 0 1 2.8 0V11M10.3 11V4.4a1.4 1.4 0 0 1 2.8 0V11M13.1 11V5.2a1.4 1.4 0 0 1 2.8 0V12M15.9 12V8a1.4 1.4 0 0 1 2.8 0v6.5c0 4-2.9 7-6.6 7h-.6c-2.2 0-3.7-.9-5-2.6l-2.8-3.8a1.5 1.5 0 0 1 2.3-1.9L7.5 15"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </DrawnIcon>
  );
}
