/**
 * Every tunable of Wijkbord in one place (architecture principle 8).
 * Server and client import these; change a number here, not at the call site.
 */
export const LIMITS = {
  /** Largest inbound WebSocket frame; bigger frames close the socket with 1009. */
  maxFrameBytes: 2 * 1024 * 1024,
  /** Longest session title and wijk name accepted by the API. */
  maxTitleLength: 200,
  maxWijkLength: 120,
  /** Longest display name a participant may choose. */
  maxDisplayNameLength: 60,
  /** Most worksheets one session may hold. */
  maxWorksheetsPerSession: 40,
  /** Largest JSON body the HTTP API reads. */
  maxRequestBodyBytes: 64 * 1024,
  /** Notes per worksheet before the client warns (tldraw caps a page at 4,000 shapes). */
  maxShapesPerPage: 4000,
  /** Longest name of an opgave, succesfactor or koppelkans, and of a verantwoordelijke. */
  maxKoppelkansNameLength: 200,
  /** Longest reasoning note of a score cell and "Omdat…" of a priority. */
  maxKoppelkansNoteLength: 2000,
} as const;

export const TIMINGS = {
  /** An empty room stays in memory this long before it is unloaded. */
  roomGraceMs: 30_000,
  /** Compact a document's update log into a snapshot after this many appended updates. */
  compactAfterUpdates: 500,
  /** Client: minimum interval between two cursor (awareness) updates. */
  cursorThrottleMs: 100,
  /**
   * Server: WebSocket ping + keepalive interval; a socket that misses one pong is closed (frees its
   * awareness). Below y-websocket's 30 s "no message received" client timeout.
   */
  pingIntervalMs: 15_000,
  /** Server log: at most this many lines of one message per window, then a count of the rest. */
  logBurstPerMessage: 20,
  logWindowMs: 60_000,
} as const;
