import { type LicenceStatus, TIMINGS } from "@wijkbord/shared";
import type { Logger } from "../log/logger.ts";

const HIDES = "tldraw hides the board 5 seconds after it opens";

/**
 * Says at start what tldraw will do at this address: a warning whenever the board will vanish in a
 * workshop (now, or within `TIMINGS.licenceWarningMs`), so an administrator sees it before anyone else.
 */
export function logLicenceStatus(
  logger: Logger,
  status: LicenceStatus,
  details: { publicUrl: string; problem?: string; now?: Date },
): void {
  const { publicUrl, problem, now = new Date() } = details;
  const { state, expires, hosts } = status;
  switch (state) {
    case "not-needed":
      logger.info("tldraw licence: not needed at this address (http or loopback)", { publicUrl });
      return;
    case "missing":
      logger.warn(`tldraw licence: TLDRAW_LICENSE_KEY is not set; ${HIDES} at this address`, { publicUrl });
      return;
    case "invalid":
      logger.warn(`tldraw licence: TLDRAW_LICENSE_KEY is not a valid tldraw key; ${HIDES}`, { problem });
      return;
    case "wrong-host":
      logger.warn(`tldraw licence: the key is not for this address; ${HIDES}`, { publicUrl, hosts });
      return;
    case "expired":
      logger.warn(`tldraw licence: the key has expired; ${HIDES}`, { expires });
      return;
    case "valid":
      if (expires && Date.parse(expires) - now.getTime() < TIMINGS.licenceWarningMs) {
        logger.warn("tldraw licence: the key ends soon; from then on tldraw hides the board", {
          expires,
          hosts,
        });
      } else {
        logger.info("tldraw licence: valid", { expires, hosts });
      }
      return;
  }
}
