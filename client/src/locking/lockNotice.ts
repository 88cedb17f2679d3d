import { atom } from "tldraw";
import type { LockingMessageKey } from "./lockingMessages.ts";

/** The latest refusal to tell the user about; `at` makes a repeated refusal a new notice. */
export interface LockNotice {
  key: LockingMessageKey;
  at: number;
}

/** One per board: rules and the store binding report refusals here, `LockNoticeBanner` shows them. */
export function createLockNotice() {
  const notice = atom<LockNotice | null>("wijkbord.lockNotice", null);
  return {
    notice,
    notify(key: LockingMessageKey) {
      notice.set({ key, at: Date.now() });
    },
  };
}
export type LockNotices = ReturnType<typeof createLockNotice>;
