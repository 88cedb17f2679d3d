import { hiddenZoneKey, type Zone } from "@wijkbord/shared";
import { localizeForWijk } from "@wijkbord/worksheets";
import { useState } from "react";
import type * as Y from "yjs";
import { useSessionContext } from "../app/SessionContext.tsx";
import { sessionCredential } from "../roles/personalSecret.ts";
import { HIDING_MESSAGES } from "./hidingMessages.ts";
import { setZoneHidden } from "./hidingZoneApi.ts";
import { useHiddenZoneKeys } from "./useHiddenZoneKeys.ts";
import "./hiding.css";

/**
 * "Zone verbergen" / "Zone tonen" for each zone of one worksheet, folded under its agenda entry
 * (a disclosure, so the agenda stays short and every button is reachable by keyboard). The
 * server moves the zone's notes (docs/hiding.md); this only asks and shows what it did.
 */
export function ZoneHidingList({
  sessionId,
  instanceId,
  worksheetTitle,
  zones,
  hiddenZones,
}: {
  sessionId: string;
  instanceId: string;
  worksheetTitle: string;
  zones: readonly Zone[];
  hiddenZones: Y.Map<unknown>;
}) {
  const { locale, wijk } = useSessionContext();
  const m = HIDING_MESSAGES[locale];
  const hidden = useHiddenZoneKeys(hiddenZones);
  const [busy, setBusy] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const count = zones.filter((z) => hidden.has(hiddenZoneKey(instanceId, z.id))).length;
  const run = async (zoneId: string, hide: boolean) => {
    const token = sessionCredential(sessionId);
    if (!token) return;
    setBusy(zoneId);
    setFailed(false);
    try {
      await setZoneHidden(sessionId, instanceId, zoneId, hide, token);
    } catch {
      setFailed(true);
    } finally {
      setBusy(null);
    }
  };
  return (
    <details className="wb-zone-hiding" data-testid={`agenda-zones-${instanceId}`}>
      <summary title={m.zonesTitle} aria-label={`${m.zones}: ${worksheetTitle}`}>
        {m.zones}
        {count > 0 && <span className="wb-agenda__hidden"> ({m.hiddenZoneCount(count)})</span>}
      </summary>
      <ul>
        {zones.map((zone) => {
          const isHidden = hidden.has(hiddenZoneKey(instanceId, zone.id));
          const title = `${zone.label ? `${zone.label}. ` : ""}${localizeForWijk(zone.title, locale, wijk)}`;
          return (
            <li key={zone.id}>
              <span className="wb-zone-hiding__title">
                {title}
                {isHidden && <span className="wb-agenda__hidden"> ({m.hiddenBadge})</span>}
              </span>
              <button
                type="button"
                className="wb-button utrecht-button utrecht-button--secondary-action wb-fac__small"
                data-testid={`zone-${isHidden ? "show" : "hide"}-${instanceId}-${zone.id}`}
                aria-label={`${isHidden ? m.showZone : m.hideZone}: ${title}`}
                disabled={busy !== null}
                onClick={() => void run(zone.id, !isHidden)}
              >
                {isHidden ? m.showZone : m.hideZone}
              </button>
            </li>
          );
        })}
      </ul>
      {failed && (
        <span role="alert" className="wb-agenda__failed">
          {m.failed}
        </span>
      )}
    </details>
  );
}
