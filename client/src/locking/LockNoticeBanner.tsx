import { useEffect, useState } from "react";
import { useValue } from "tldraw";
import { useLocale } from "../app/LocaleProvider.tsx";
import { LOCKING_MESSAGES } from "./lockingMessages.ts";
import type { LockNotices } from "./lockNotice.ts";

/** How long a refusal stays on screen. */
const SHOW_MS = 4000;

/** Tells a participant why their change did not happen (locked shape or worksheet). */
export function LockNoticeBanner({ notices }: { notices: LockNotices }) {
  const { locale } = useLocale();
  const notice = useValue("lock notice", () => notices.notice.get(), [notices]);
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    if (!notice) return;
    setVisible(true);
    const timer = setTimeout(() => setVisible(false), SHOW_MS);
    return () => clearTimeout(timer);
  }, [notice]);
  if (!notice || !visible) return null;
  return (
    <div className="wb-lock-notice" role="status" data-testid="lock-notice">
      {LOCKING_MESSAGES[locale][notice.key]}
    </div>
  );
}
