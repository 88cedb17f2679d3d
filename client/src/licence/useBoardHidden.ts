import { useEffect, useState } from "react";

/** What tldraw renders instead of the editor once its licence check hides the board. */
const LICENCE_GATE = '[data-testid="tl-license-expired"]';

const isGate = (node: Node) => node instanceof Element && node.matches(LICENCE_GATE);

/**
 * Whether tldraw has hidden the board for want of a licence (5 s after it opened). tldraw replaces
 * the editor with an empty element and says nothing; its marker is the only sign. Only added nodes
 * are looked at: the canvas changes the DOM many times a second.
 */
export function useBoardHidden(): boolean {
  const [hidden, setHidden] = useState(false);
  useEffect(() => {
    if (document.querySelector(LICENCE_GATE)) {
      setHidden(true);
      return;
    }
    const observer = new MutationObserver((records) => {
      if (!records.some((r) => Array.prototype.some.call(r.addedNodes, isGate))) return;
      setHidden(true);
      observer.disconnect();
    });
    observer.observe(document.body, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, []);
  return hidden;
}
