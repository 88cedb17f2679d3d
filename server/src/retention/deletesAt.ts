const DAY_MS = 24 * 60 * 60 * 1000;

/** When a session last active at `lastActive` (ISO 8601) is deleted with a retention of `days`. */
export function deletesAt(lastActive: string, days: number): string {
  return new Date(Date.parse(lastActive) + days * DAY_MS).toISOString();
}

/** The last activity before which a session is due for deletion at `now` (ms since the epoch). */
export function retentionCutoff(now: number, days: number): string {
  return new Date(now - days * DAY_MS).toISOString();
}
