/** A werksessie created in this browser, remembered with its facilitator link (as the link itself is). */
export interface BrowserSession {
  id: string;
  title: string;
  wijk: string;
  createdAt: string;
  facilitatorLink: string;
}

const KEY = "wijkbord:created-sessions";
/** Enough for years of sessions; the oldest go first. */
const MAX = 200;

function isBrowserSession(v: unknown): v is BrowserSession {
  const s = v as Partial<BrowserSession> | null;
  return (
    typeof s?.id === "string" &&
    typeof s.title === "string" &&
    typeof s.wijk === "string" &&
    typeof s.createdAt === "string" &&
    typeof s.facilitatorLink === "string"
  );
}

/** The sessions created here, newest first; [] when storage is unreadable or holds something else. */
export function loadBrowserSessions(storage: Storage = localStorage): BrowserSession[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(KEY) ?? "[]");
    return Array.isArray(parsed) ? parsed.filter(isBrowserSession) : [];
  } catch {
    return [];
  }
}

function save(sessions: BrowserSession[], storage: Storage): void {
  try {
    storage.setItem(KEY, JSON.stringify(sessions.slice(0, MAX)));
  } catch {
    // Private browsing or full storage: the list is a convenience, the links still work.
  }
}

export function rememberBrowserSession(session: BrowserSession, storage: Storage = localStorage): void {
  save([session, ...loadBrowserSessions(storage).filter((s) => s.id !== session.id)], storage);
}

export function forgetBrowserSession(id: string, storage: Storage = localStorage): void {
  save(
    loadBrowserSessions(storage).filter((s) => s.id !== id),
    storage,
  );
}
