import type { LicenceStatus } from "@wijkbord/shared";
import { type DecodedLicenceKey, decodeLicenceKey } from "./decodeLicenceKey.ts";
import { licenceStatus } from "./licenceStatus.ts";
import { TLDRAW_PUBLIC_KEY } from "./tldrawPublicKey.ts";

/**
 * `TLDRAW_LICENSE_KEY`, read once at start; its status is worked out again on every question,
 * since a key that is valid today ends while the server runs.
 */
export class TldrawLicence {
  private readonly decoded: DecodedLicenceKey | null;

  /** `publicKey`: tldraw's; tests sign keys of their own and pass their public key. */
  constructor(key: string | null | undefined, publicKey: string = TLDRAW_PUBLIC_KEY) {
    this.decoded = key ? decodeLicenceKey(key, publicKey) : null;
  }

  /** Why the key could not be read, for the log (never the key itself). */
  get problem(): string | undefined {
    return this.decoded && !this.decoded.ok ? this.decoded.reason : undefined;
  }

  status(publicUrl: string, now: Date = new Date()): LicenceStatus {
    return licenceStatus(this.decoded, new URL(publicUrl), now);
  }
}
