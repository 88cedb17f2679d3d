import type { LicenceStatus } from "@wijkbord/shared";
import { boardHiddenFrom } from "./boardHiddenFrom.ts";
import type { DecodedLicenceKey } from "./decodeLicenceKey.ts";
import { hostAllowed } from "./hostAllowed.ts";
import { needsLicence } from "./needsLicence.ts";

/**
 * What tldraw will make of the key (null: none configured) at `publicUrl` at `now`, in tldraw's
 * order: no usable key, then the host, then the end date.
 */
export function licenceStatus(decoded: DecodedLicenceKey | null, publicUrl: URL, now: Date): LicenceStatus {
  if (!needsLicence(publicUrl)) return { state: "not-needed" };
  if (!decoded) return { state: "missing" };
  if (!decoded.ok) return { state: "invalid" };
  const { hosts } = decoded.key;
  const hidden = boardHiddenFrom(decoded.key);
  const expires = hidden ? { expires: hidden.toISOString() } : {};
  if (!hostAllowed(hosts, publicUrl.hostname)) return { state: "wrong-host", hosts, ...expires };
  if (hidden && now >= hidden) return { state: "expired", hosts, ...expires };
  return { state: "valid", hosts, ...expires };
}
