/**
 * The padlock of everything locked (notes, widgets), drawn rather than the 🔒 emoji: a browser on
 * a machine without an emoji font (many Linux desktops) draws that as an empty box. Sized by its
 * container, coloured by `currentColor`.
 */
export function PadlockIcon() {
  return (
    <svg viewBox="0 0 24 24" width="100%" height="100%" aria-hidden="true" focusable="false">
      <rect x="4" y="10" width="16" height="11" rx="2" fill="currentColor" />
      <path d="M8 10V7a4 4 0 0 1 8 0v3" fill="none" stroke="currentColor" strokeWidth="2.5" />
    </svg>
  );
}
