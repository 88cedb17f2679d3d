import { DrawnIcon } from "../ui/DrawnIcon.tsx";

/** A loudspeaker with sound waves, or crossed out when `muted`; coloured by `currentColor`. */
export function SpeakerIcon({ muted, size = "1em" }: { muted: boolean; size?: string }) {
  const stroke = {
    fill: "none",
    stroke: "currentColor",
    strokeWidth: 1.8,
    strokeLinecap: "round" as const,
    strokeLinejoin: "round" as const,
  };
  return (
    <DrawnIcon size={size}>
      <path d="M4 9.5h3.5L12 5.5v13l-4.5-4H4z" {...stroke} />
      {muted ? (
        <path d="M16 9.5l5 5M21 9.5l-5 5" {...stroke} />
      ) : (
        <path d="M15.5 9a4 4 0 0 1 0 6M18 6.5a7.5 7.5 0 0 1 0 11" {...stroke} />
      )}
    </DrawnIcon>
  );
}
