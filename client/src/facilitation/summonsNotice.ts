import type { Summons } from "@wijkbord/shared";
import { atom } from "tldraw";

/**
 * Why the camera moved without the user doing it: `moved` by a summons while here, `joined` when
 * the board opened where the last summons took the group. A new `summons.id` is a new notice.
 */
export interface SummonsNotice {
  kind: "moved" | "joined";
  summons: Summons;
}

/** One per board: following a summons reports here, `SummonsToast` shows it. */
export function createSummonsNotice() {
  const notice = atom<SummonsNotice | null>("wijkbord.summonsNotice", null);
  return {
    notice,
    notify(kind: SummonsNotice["kind"], summons: Summons) {
      notice.set({ kind, summons });
    },
  };
}
export type SummonsNotices = ReturnType<typeof createSummonsNotice>;
