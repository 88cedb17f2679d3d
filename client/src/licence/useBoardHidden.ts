import { useEffect, useState } from "react";

/** What tldraw renders instead of the editor once its licence check hides the board. */
const LICENCE_GATE = '[data-testid="tl-license-expired"]';

/**
 * Whether tldraw has hidden the board for want of a licence (5 s after it opened). tldraw replaces
 * the editor with an empty element and says nothing; its marker is the only sign.
 */
export function useBoardHidden(): boolean {
  const [hidden, setHidden] = useState(false);
  useEffect(() => {
    const check = () => setHidden(document.querySelector(LICENCE_GATE) !== null);
    check();
    const observer = new MutationObserver(check);
    observer.observe(document.body, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, []);
  return hidden;
}
