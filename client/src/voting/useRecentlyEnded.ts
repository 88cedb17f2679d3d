import { TIMINGS, type VoteRound } from "@wijkbord/shared";
import { useEffect, useState } from "react";
import { useValue } from "tldraw";
import { useSessionContext } from "../app/SessionContext.tsx";

/**
 * Whether `round` ended less than `TIMINGS.voteEndedShowMs` ago on the server clock: long enough
 * for "Stemronde afgelopen" to be seen, then it leaves every header by itself (the result stays in
 * the voting menu). A round that ended long before, e.g. in a restored session, never shows it.
 */
export function useRecentlyEnded(round: VoteRound | null): boolean {
  const clock = useSessionContext().facilitation?.facilitation.clock;
  // Re-read once the server clock's offset is known.
  useValue("clock offset", () => clock?.offsetMs.get(), [clock]);
  const endedAt = round?.status === "ended" && round.endedAt ? Date.parse(round.endedAt) : Number.NaN;
  const hideAt = endedAt + TIMINGS.voteEndedShowMs;
  const now = clock ? clock.now() : Date.now();
  const shown = hideAt > now;
  const [, setTick] = useState(0);
  useEffect(() => {
    if (!shown) return;
    const id = setTimeout(() => setTick((n) => n + 1), hideAt - now + 50);
    return () => clearTimeout(id);
  }, [shown, hideAt, now]);
  return shown;
}
