/**
 * Every tunable of Wijkbord in one place, so that limits and intervals are found and changed together.
 * Server and client import these; change a number here, not at the call site.
 */
export const LIMITS = {
  /** Largest inbound WebSocket frame; bigger frames close the socket with 1009. */
  maxFrameBytes: 2 * 1024 * 1024,
  /** Longest session title and wijk name accepted by the API. */
  maxTitleLength: 200,
  maxWijkLength: 120,
  /** Longest "eigen vraag" a facilitator writes into a worksheet's editable zone title. */
  maxOwnQuestionLength: 300,
  /** Largest count of people in the room a facilitator may enter for the attendance (hybrid evenings). */
  maxRoomCount: 10_000,
  /** Longest facilitator note (the facilitator's script for one worksheet, seen by facilitators only). */
  maxFacilitatorNoteLength: 4000,
  /** Longest display name a participant may choose. */
  maxDisplayNameLength: 60,
  /**
   * Per WebSocket connection: sustained messages and bytes per second, with bursts (a reconnect's
   * sync step 2, a paste). A real client sends ~10 cursor messages a second; above this it is closed (1008).
   */
  messagesPerSecond: 200,
  messagesBurst: 1000,
  bytesPerSecond: 4 * 1024 * 1024,
  bytesBurst: 16 * 1024 * 1024,
  /** Bytes queued towards a client that does not read; above it the client is dropped (slow consumer). */
  maxSendBufferBytes: 16 * 1024 * 1024,
  /** Documents loaded at once; beyond it idle ones are unloaded early, then connections wait (1013). */
  maxRoomsInMemory: 2000,
  /** Sessions one address may create per hour (POST /api/sessions answers 429 beyond it). */
  sessionsPerAddressPerHour: 60,
  /** Versions kept per session in its history; the oldest go first. */
  historyVersionsPerSession: 100,
  /** Most worksheets one session may hold. */
  maxWorksheetsPerSession: 40,
  /** Browsers one session registers as participants (roles: grants and bans by personal secret). */
  maxMembersPerSession: 1000,
  /** Templates ("Opslaan als sjabloon"): name, description, starter notes, a file's bytes. */
  maxTemplateNameLength: 100,
  maxTemplateDescriptionLength: 500,
  maxTemplateStarterNotes: 200,
  maxTemplateBytes: 256 * 1024,
  /** Entries `GET /api/sessions/:id/audit` returns (the newest). */
  maxAuditEntriesListed: 500,
  /** Largest JSON body the HTTP API reads. */
  maxRequestBodyBytes: 64 * 1024,
  /** Notes per worksheet before the client warns (tldraw caps a page at 4,000 shapes). */
  maxShapesPerPage: 4000,
  /** Longest name of an opgave, succesfactor or koppelkans, and of a verantwoordelijke. */
  maxKoppelkansNameLength: 200,
  /** Longest reasoning note of a score cell and "Omdat…" of a priority. */
  maxKoppelkansNoteLength: 2000,
  /** Most votes one person may get in a dot-voting round. */
  maxVotesPerPerson: 20,
  /** Longest facilitation timer, in minutes. */
  maxTimerMinutes: 180,
  /** Round trips to `GET /api/time` when estimating a browser's offset from the server clock. */
  clockSamples: 5,
} as const;

export const TIMINGS = {
  /** An empty room stays in memory this long before it is unloaded. */
  roomGraceMs: 30_000,
  /** Compact a document's update log into a snapshot after this many appended updates. */
  compactAfterUpdates: 500,
  /**
   * Server: a committed update is fsync'd within this long, or at once when someone waits for it (an
   * acknowledgement). Each fsync wakes a thread-pool thread, which on a busy 2-core machine costs the
   * event loop ~0.3 ms (up to 5); one per 200 ms instead of one per edit (PostgreSQL's
   * `wal_writer_delay` for its asynchronous commit is 200 ms as well).
   */
  walSyncMaxDelayMs: 200,
  /** Client: minimum interval between two cursor (awareness) updates. */
  cursorThrottleMs: 100,
  /** Client: how often the facilitator's private-mode controls ask how many notes wait for the reveal. */
  privateCountPollMs: 5_000,
  /**
   * Server: WebSocket ping + keepalive interval; a socket that misses one pong is closed (frees its
   * awareness). Below y-websocket's 30 s "no message received" client timeout.
   */
  pingIntervalMs: 15_000,
  /** Every session in use gets a version in its history this often (when it changed). */
  historyIntervalMs: 10 * 60_000,
  /** Server: with `RETENTION_DAYS`, how often sessions past their retention period are looked for. */
  retentionSweepMs: 60 * 60_000,
  /** Server: a session's last activity is written at most this often (the period counts in days). */
  activityTouchIntervalMs: 60_000,
  /** The same person opening a session again within this long is noted once in its audit log. */
  auditOpenIntervalMs: 60 * 60_000,
  /** Default of `RETENTION_WARN_DAYS`: facilitators are warned this many days before the deletion. */
  retentionWarnDays: 7,
  /** Server log: at most this many lines of one message per window, then a count of the rest. */
  logBurstPerMessage: 20,
  logWindowMs: 60_000,
  /**
   * Client: minimum interval between two viewport (awareness) updates, for following. Slower than the
   * cursor: a pan moves both, and followers ease towards the target anyway.
   */
  viewportThrottleMs: 250,
  /** Client: how often the server clock offset is estimated again. */
  clockResyncMs: 5 * 60_000,
  /** Client: how often a running timer's display refreshes. */
  timerTickMs: 250,
  /**
   * Client: how long a timer that ran out stays on screen (at 0:00, with "De tijd is om") before it
   * clears itself; long enough to notice, short enough not to linger in every header.
   */
  timerEndedShowMs: 30_000,
  /** Client: how long "Stemronde afgelopen" stays in the top bar after a round ended (server clock). */
  voteEndedShowMs: 60_000,
  /** Client: how long a reaction floats on screen. */
  reactionShowMs: 2_500,
  /** Client: camera animation when summoned ("iedereen naar mij"). */
  summonsAnimationMs: 400,
  /** Client: facilitators see a notice this long before the tldraw licence stops showing the board. */
  licenceWarningMs: 30 * 24 * 60 * 60_000,
} as const;
