const running = new Map<string, Promise<unknown>>();

/** Runs `task` after every earlier task of the same session has settled: hides and shows never interleave. */
export function oneAtATime<T>(sessionId: string, task: () => Promise<T>): Promise<T> {
  const previous = running.get(sessionId) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(task);
  running.set(sessionId, next);
  const forget = () => {
    if (running.get(sessionId) === next) running.delete(sessionId);
  };
  next.then(forget, forget);
  return next;
}
