import type { LicenceKey } from "./decodeLicenceKey.ts";
import { hasFlag, LICENCE_KEY_FLAGS } from "./licenceKeyFlags.ts";

/** tldraw's grace after a commercial key's date: the board stays, with a warning in the console. */
const GRACE_DAYS = 30;

/**
 * The moment tldraw starts hiding the board with this key, or null when the key does not end. The
 * date is a key's last full day (UTC); a trial key ends right after it, an annual key 30 days later.
 * A perpetual key ends only for tldraw releases published after that: the tldraw Wijkbord ships was
 * published before any key sold for it expired, so it does not end here.
 */
export function boardHiddenFrom(key: LicenceKey): Date | null {
  const d = key.expiryDate;
  const dayAfter = (days: number) =>
    new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 1 + days));
  if (hasFlag(key.flags, LICENCE_KEY_FLAGS.evaluation)) return dayAfter(0);
  if (hasFlag(key.flags, LICENCE_KEY_FLAGS.annual)) return dayAfter(GRACE_DAYS);
  return null;
}
