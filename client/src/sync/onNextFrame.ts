/**
 * Runs `fn` once before the next frame is drawn (requestAnimationFrame), or after `latestMs` if no
 * frame comes first: a hidden tab draws none, and Node (unit tests) has no frames at all. Answers
 * the cancel.
 */
export function onNextFrame(fn: () => void, latestMs = 100): () => void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    cancel();
    fn();
  };
  const timer = setTimeout(run, typeof requestAnimationFrame === "function" ? latestMs : 16);
  const frame = typeof requestAnimationFrame === "function" ? requestAnimationFrame(run) : null;
  const cancel = () => {
    done = true;
    clearTimeout(timer);
    if (frame !== null) cancelAnimationFrame(frame);
  };
  return cancel;
}
