/**
 * Milliseconds on CLOCK_MONOTONIC (libuv's hrtime), with microsecond precision. On Linux this
 * clock is shared by every process on the machine, so a timestamp taken in one participant
 * process can be compared with one taken in another (or in the orchestrator).
 */
export const nowMs = (): number => Number(process.hrtime.bigint() / 1000n) / 1000;

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
