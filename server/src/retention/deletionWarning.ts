const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Whether the facilitator should be warned now (ms since the epoch) that the session is deleted at
 * `deletesAt` (ISO 8601): within the last `warnDays` days before it (`RETENTION_WARN_DAYS`).
 */
export function deletionWarning(deletesAt: string, now: number, warnDays: number): boolean {
  return Date.parse(deletesAt) - now <= warnDays * DAY_MS;
}
