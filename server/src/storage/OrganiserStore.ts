/**
 * A server-side sign-in row (OIDC): a login in progress (`flow`) or a signed-in organiser
 * (`organiser`). Keyed by the SHA-256 of the random id in the browser's cookie, so a database
 * reader cannot present it.
 */
export interface LoginRecord {
  idHash: Uint8Array;
  /** ISO 8601 (UTC); the row is no use after it. */
  expiresAt: string;
  /** Opaque to storage: the sign-in module's JSON (flow checks or the organiser's claims). */
  data: string;
}

/** Who owns a session: the organiser (OIDC `sub` at the issuer) and their team, if any. */
export interface SessionOwner {
  subject: string;
  team: string | null;
}

/** One row of "Mijn werksessies": compact, everything the list shows. */
export interface OwnedSessionRow {
  id: string;
  title: string;
  wijk: string;
  createdAt: string;
  /** Last activity (retention's), or createdAt before any. */
  lastActive: string;
  owner: SessionOwner;
  archived: boolean;
  /** Participants who joined with a name (rows in members). */
  participants: number;
  /** Notes as the rooms last stored them (StatsStore); null before any count. */
  notes: number | null;
}

/**
 * Organisers' sign-in rows and the ownership of sessions (issue #19 items 1 and 2). Ownership rows
 * belong to their session and go with it (`deleteSession`); login rows belong to no session.
 */
export interface OrganiserStore {
  /** Stores a login row; fails, storing nothing, when the id hash is in use. */
  createLogin(login: LoginRecord): Promise<void>;
  /** The login row, expired or not (the caller compares `expiresAt`), or undefined. */
  findLogin(idHash: Uint8Array): Promise<LoginRecord | undefined>;
  /**
   * Deletes the login row and returns what it held, in one step: of two callers taking the same
   * row only one gets it (a replayed OIDC callback finds nothing).
   */
  takeLogin(idHash: Uint8Array): Promise<LoginRecord | undefined>;
  /** Deletes every login row that expired before `before`; returns how many. */
  deleteExpiredLogins(before: string): Promise<number>;
  /** Records the session's owner (not archived); fails for an unknown session or one already owned. */
  setOwner(sessionId: string, owner: SessionOwner): Promise<void>;
  /** The session's owner, or undefined when nobody signed in created it (or it is unknown). */
  ownerOf(sessionId: string): Promise<(SessionOwner & { archived: boolean }) | undefined>;
  /** Sets the archived flag of an owned session; of an unowned one changes nothing. */
  setArchived(sessionId: string, archived: boolean): Promise<void>;
  /**
   * Stores `hash` as a facilitator token of the owned session, replacing the owner token granted
   * before (the link's own facilitator token stays). Fails for an unowned session or a hash in use.
   */
  grantOwnerToken(sessionId: string, hash: Uint8Array): Promise<void>;
  /**
   * The sessions `subject` owns and those owned by anyone in one of `teams`, newest first, at most
   * `limit`.
   */
  listOwned(subject: string, teams: readonly string[], limit: number): Promise<OwnedSessionRow[]>;
}
