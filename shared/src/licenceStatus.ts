import { z } from "zod";

/**
 * What tldraw will do with this installation's `TLDRAW_LICENSE_KEY` at its `PUBLIC_URL`, as the
 * server works it out at start and on every `/healthz` and `/api/config`:
 * - `not-needed`: http, or https on a loopback address; tldraw runs without a key there;
 * - `missing`, `invalid` (unreadable or not signed by tldraw), `wrong-host` (not for this host
 *   name), `expired`: tldraw hides the board 5 seconds after it opens;
 * - `valid`: the board stays, until `expires` when there is one.
 */
export const LICENCE_STATES = ["not-needed", "missing", "invalid", "wrong-host", "expired", "valid"] as const;
export const LicenceStateSchema = z.enum(LICENCE_STATES);
export type LicenceState = z.infer<typeof LicenceStateSchema>;

export const LicenceStatusSchema = z.object({
  state: LicenceStateSchema,
  /**
   * ISO 8601: when tldraw starts hiding the board (for `expired`: when it started). A commercial
   * key's date plus tldraw's 30 days of grace; a trial key's date itself. Absent: no end is known
   * (a perpetual key, for the tldraw version Wijkbord ships).
   */
  expires: z.string().optional(),
  /** The host names the key is for (`*.example.nl` covers every subdomain). */
  hosts: z.array(z.string()).optional(),
});
export type LicenceStatus = z.infer<typeof LicenceStatusSchema>;

/** States in which tldraw hides the board 5 seconds after it opens. */
export const isBoardHidden = (state: LicenceState): boolean =>
  state === "missing" || state === "invalid" || state === "wrong-host" || state === "expired";
