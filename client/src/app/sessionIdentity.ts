/** Who this browser is in one session: a stable participant id, the display name and colour once chosen. */
export interface SessionIdentity {
  id: string;
  name: string | null;
  /** Picked on first opening the board (`ownColor`), then kept. */
  color?: string;
}

const COLOR = /^#[0-9a-fA-F]{6}$/;

const identityKey = (sessionId: string) => `wijkbord:identity:${sessionId}`;
const tokenKey = (sessionId: string) => `wijkbord:token:${sessionId}`;

function randomId(): string {
  return typeof crypto.randomUUID === "function"
    ? crypto.randomUUID()
    : Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * This browser's identity in a session, created on first use. Kept in localStorage per session,
 * so a reload (or a new tab) is the same person with the same colour and no second name prompt.
 */
export function loadIdentity(sessionId: string, storage: Storage = localStorage): SessionIdentity {
  try {
    const raw = storage.getItem(identityKey(sessionId));
    const parsed: unknown = raw ? JSON.parse(raw) : null;
    if (
      parsed &&
      typeof parsed === "object" &&
      "id" in parsed &&
      typeof parsed.id === "string" &&
      parsed.id
    ) {
      const name =
        "name" in parsed && typeof parsed.name === "string" && parsed.name.trim() ? parsed.name : null;
      const color = "color" in parsed && typeof parsed.color === "string" && COLOR.test(parsed.color);
      return color ? { id: parsed.id, name, color: parsed.color as string } : { id: parsed.id, name };
    }
  } catch {
    // Unreadable: start afresh.
  }
  const identity = { id: randomId(), name: null };
  saveIdentity(sessionId, identity, storage);
  return identity;
}

export function saveIdentity(sessionId: string, identity: SessionIdentity, storage: Storage = localStorage) {
  try {
    storage.setItem(identityKey(sessionId), JSON.stringify(identity));
  } catch {
    // Private mode: the identity lasts for this page only.
  }
}

/** Keeps the colour picked for this browser's person in a session, beside their id and name. */
export function saveChosenColor(sessionId: string, color: string, storage: Storage = localStorage) {
  const identity = loadIdentity(sessionId, storage);
  saveIdentity(sessionId, { ...identity, color }, storage);
}

/**
 * The link token: from the URL fragment (`#token=…`, never sent to the server by the browser),
 * remembered in sessionStorage so it survives navigation within the tab. The fragment is left in
 * place: it is the link the user may want to copy.
 */
export function readSessionToken(sessionId: string, hash = location.hash): string | null {
  const fromHash = new URLSearchParams(hash.replace(/^#/, "")).get("token");
  try {
    if (fromHash) sessionStorage.setItem(tokenKey(sessionId), fromHash);
    return fromHash ?? sessionStorage.getItem(tokenKey(sessionId));
  } catch {
    return fromHash;
  }
}
