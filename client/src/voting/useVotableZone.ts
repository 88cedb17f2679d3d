import { BOARD, type VoteRound } from "@wijkbord/shared";
import { getWorksheet } from "@wijkbord/worksheets";
import { useValue } from "tldraw";
import { useSessionContext } from "../app/SessionContext.tsx";
import { useYMapValue } from "../sync/useYMapValue.ts";
import { isVotableZone } from "./votableZones.ts";

/**
 * For the round's worksheet, live: whether a zone is on the page (board `cardCounts`), for
 * `noteInVote`. Everything is votable when there is no round or its worksheet is unknown here.
 */
export function useVotableZone(round: VoteRound | null | undefined): (zoneId: string) => boolean {
  const { boardDoc, facilitation } = useSessionContext();
  const instanceId = round?.instanceId ?? "";
  const count = useYMapValue(boardDoc.getMap<unknown>(BOARD.cardCounts), instanceId);
  const worksheetId = useValue(
    "vote worksheet",
    () => facilitation?.placements.get().find((p) => p.instanceId === instanceId)?.worksheetId,
    [facilitation, instanceId],
  );
  const def = worksheetId ? getWorksheet(worksheetId) : undefined;
  return (zoneId) => !def || isVotableZone(def, instanceId, zoneId, { [instanceId]: count });
}
