/**
 * Polls `predicate` until it holds or the deadline passes. Polling a cheap predicate every few
 * milliseconds is event-driven enough for these tests and never sleeps longer than needed.
 */
export async function waitFor(
  predicate: () => boolean | Promise<boolean>,
  {
    timeout = 10_000,
    interval = 5,
    what = "condition",
  }: { timeout?: number; interval?: number; what?: string } = {},
): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    if (await predicate()) return;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, interval));
  }
}

/** Resolves with the arguments of the first `event` emitted by `emitter` that passes `filter`. */
export function once<T extends unknown[]>(
  emitter: {
    on(event: string, fn: (...args: T) => void): unknown;
    off(event: string, fn: (...args: T) => void): unknown;
  },
  event: string,
  { timeout = 10_000, filter }: { timeout?: number; filter?: (...args: T) => boolean } = {},
): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      emitter.off(event, handler);
      reject(new Error(`timed out after ${timeout} ms waiting for '${event}'`));
    }, timeout);
    const handler = (...args: T) => {
      if (filter && !filter(...args)) return;
      clearTimeout(timer);
      emitter.off(event, handler);
      resolve(args);
    };
    emitter.on(event, handler);
  });
}
