import type { ReactionKind } from "@wijkbord/shared";
import type { ReactNode } from "react";
import { DrawnIcon } from "../ui/DrawnIcon.tsx";

const FACE = "#fcc419";
const FACE_LINE = "#d9480f";
const INK = "#5c2b0e";

const face = <circle cx="12" cy="12" r="9.5" fill={FACE} stroke={FACE_LINE} strokeWidth="1.2" />;

/** Every reaction's drawing, in colour (as emoji, the six could not be told apart without an emoji font). */
const DRAWINGS: Record<ReactionKind, ReactNode> = {
  thumbsUp: (
    <>
      <rect x="2.5" y="10" width="4" height="11" rx="1" fill="#1c7ed6" />
      <path
        d="M7.5 10.5 11 3.6c.7-1.3 3.1-.9 3.1 1.1L13.6 9h5.3c1.5 0 2.6 1.4 2.2 2.9l-1.9 7.3a2.4 2.4 0 0 1-2.3 1.8H7.5Z"
        fill={FACE}
        stroke={FACE_LINE}
        strokeWidth="1.2"
        strokeLinejoin="round"
      />
    </>
  ),
  heart: (
    <path
      d="M12 20.5S3 15 3 8.9C3 6.2 5.1 4.2 7.6 4.2c1.8 0 3.4 1 4.4 2.6 1-1.6 2.6-2.6 4.4-2.6 2.5 0 4.6 2 4.6 4.7 0 6.1-9 11.6-9 11.6Z"
      fill="#e03131"
    />
  ),
  clap: (
    <>
      <g fill={FACE} stroke={FACE_LINE} strokeWidth="1.2">
        <rect x="4.5" y="8" width="7" height="13" rx="3.5" transform="rotate(-18 8 14.5)" />
        <rect x="11.5" y="8" width="7" height="13" rx="3.5" transform="rotate(18 15 14.5)" />
      </g>
      <path
        d="M12 2.5v3M7.5 4l1.2 2.2M16.5 4l-1.2 2.2"
        stroke="#1c7ed6"
        strokeWidth="1.6"
        strokeLinecap="round"
      />
    </>
  ),
  party: (
    <>
      <path d="M3 21 8.2 7.8l8 8Z" fill="#f08c00" stroke="#d9480f" strokeWidth="1.2" strokeLinejoin="round" />
      <path d="M6 13.6 10.4 18M7.2 10.4l6.4 6.4" stroke="#fff3bf" strokeWidth="1.3" />
      <circle cx="17.5" cy="4.5" r="1.4" fill="#e03131" />
      <circle cx="20" cy="10" r="1.2" fill="#1c7ed6" />
      <rect
        x="12.2"
        y="2.4"
        width="2.2"
        height="2.2"
        rx=".4"
        fill="#2f9e44"
        transform="rotate(20 13.3 3.5)"
      />
      <path
        d="M14 9.5c1.5-2 3.5-2.5 5.5-1.8"
        fill="none"
        stroke="#ae3ec9"
        strokeWidth="1.4"
        strokeLinecap="round"
      />
    </>
  ),
  laugh: (
    <>
      {face}
      <path
        d="M7 9.8c.9-1.4 2.4-1.4 3.3 0M13.7 9.8c.9-1.4 2.4-1.4 3.3 0"
        fill="none"
        stroke={INK}
        strokeWidth="1.5"
        strokeLinecap="round"
      />
      <path d="M6.8 13h10.4c0 3.3-2.3 5.7-5.2 5.7S6.8 16.3 6.8 13Z" fill={INK} />
      <path d="M9 16.9c.8-.9 1.8-1.3 3-1.3s2.2.4 3 1.3" fill="#ff8787" />
    </>
  ),
  thinking: (
    <>
      {face}
      <path d="M7 7.6 10 6.6M14 8.2h3" stroke={INK} strokeWidth="1.4" strokeLinecap="round" />
      <circle cx="9" cy="10.3" r="1.2" fill={INK} />
      <circle cx="15.3" cy="10.3" r="1.2" fill={INK} />
      <path d="M10 15.6 15 14.6" stroke={INK} strokeWidth="1.5" strokeLinecap="round" />
      <rect x="5" y="16.5" width="7" height="4" rx="2" fill={FACE} stroke={FACE_LINE} strokeWidth="1.2" />
    </>
  ),
};

/** One reaction's drawing; sized by its container (1em by default). */
export function ReactionIcon({ kind, size = "1em" }: { kind: ReactionKind; size?: string }) {
  return <DrawnIcon size={size}>{DRAWINGS[kind]}</DrawnIcon>;
}
