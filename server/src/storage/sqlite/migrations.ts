import type { Database } from "better-sqlite3";

/**
 * SQLite schema, one entry per version; never edit a released entry, append a new one.
 * `format` columns version the blobs and JSON inside a row independently of the table layout.
 */
const MIGRATIONS: readonly string[] = [
  // 1: sessions, token hashes, per-document snapshot + update log.
  `
  CREATE TABLE sessions (
    id            TEXT PRIMARY KEY,
    format        INTEGER NOT NULL,
    title         TEXT NOT NULL,
    wijk          TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    worksheets    TEXT NOT NULL,
    sealed_tokens BLOB NOT NULL
  );
  CREATE TABLE tokens (
    hash       BLOB PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    role       TEXT NOT NULL
  );
  CREATE INDEX tokens_by_session ON tokens(session_id);
  CREATE TABLE doc_snapshots (
    session_id  TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    doc         TEXT NOT NULL,
    format      INTEGER NOT NULL,
    state       BLOB NOT NULL,
    through_seq INTEGER NOT NULL,
    PRIMARY KEY (session_id, doc)
  );
  CREATE TABLE doc_updates (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    doc        TEXT NOT NULL,
    format     INTEGER NOT NULL,
    data       BLOB NOT NULL
  );
  CREATE INDEX doc_updates_by_doc ON doc_updates(session_id, doc, seq);
  `,
  // Version history: whole-session versions (both documents' states), periodic and on request.
  `
  CREATE TABLE doc_history (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    taken_at   TEXT NOT NULL,
    kind       TEXT NOT NULL,
    format     INTEGER NOT NULL,
    control    BLOB NOT NULL,
    board      BLOB NOT NULL
  );
  CREATE INDEX doc_history_by_session ON doc_history(session_id, id);
  `,
  // Dot voting: ballots are keyed by a hash of the voter's secret, counts by participant, in
  // separate WITHOUT ROWID tables (key order, no insertion order, no times): nothing links a
  // person to the notes they voted for. Both are deleted when the round ends; totals stay.
  `
  CREATE TABLE vote_rounds (
    session_id       TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    id               TEXT NOT NULL,
    format           INTEGER NOT NULL,
    instance_id      TEXT NOT NULL,
    zone_id          TEXT,
    votes_per_person INTEGER NOT NULL,
    max_per_note     INTEGER,
    status           TEXT NOT NULL,
    started_at       TEXT NOT NULL,
    ended_at         TEXT,
    results          TEXT,
    PRIMARY KEY (session_id, id)
  );
  CREATE UNIQUE INDEX vote_rounds_one_running ON vote_rounds(session_id) WHERE status = 'running';
  CREATE TABLE vote_ballots (
    session_id TEXT NOT NULL,
    round_id   TEXT NOT NULL,
    voter_hash BLOB NOT NULL,
    note_id    TEXT NOT NULL,
    count      INTEGER NOT NULL,
    PRIMARY KEY (session_id, round_id, voter_hash, note_id),
    FOREIGN KEY (session_id, round_id) REFERENCES vote_rounds(session_id, id) ON DELETE CASCADE
  ) WITHOUT ROWID;
  CREATE TABLE vote_voters (
    session_id     TEXT NOT NULL,
    round_id       TEXT NOT NULL,
    participant_id TEXT NOT NULL,
    binding        BLOB NOT NULL,
    remaining      INTEGER NOT NULL,
    PRIMARY KEY (session_id, round_id, participant_id),
    FOREIGN KEY (session_id, round_id) REFERENCES vote_rounds(session_id, id) ON DELETE CASCADE
  ) WITHOUT ROWID;
  `,
  // Members: the facilitator's grants and bans per participant, keyed by a hash of the personal
  // secret that browser sends with the shared participant token (members.ts in shared).
  `
  CREATE TABLE members (
    session_id     TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    participant_id TEXT NOT NULL,
    secret_hash    BLOB NOT NULL,
    status         TEXT NOT NULL,
    PRIMARY KEY (session_id, participant_id)
  ) WITHOUT ROWID;
  CREATE UNIQUE INDEX members_by_secret ON members(session_id, secret_hash);
  `,
  // Retention: when a session was last opened or edited (NULL: not since it was created).
  `
  ALTER TABLE sessions ADD COLUMN last_active_at TEXT;
  CREATE INDEX sessions_by_activity ON sessions(coalesce(last_active_at, created_at));
  `,
  // Organisers (OIDC sign-in): login rows keyed by a hash of the cookie's id, and who owns a
  // session (the owner token is one extra facilitator token, replaced at each "open").
  `
  CREATE TABLE organiser_logins (
    id_hash    BLOB PRIMARY KEY,
    expires_at TEXT NOT NULL,
    data       TEXT NOT NULL
  ) WITHOUT ROWID;
  CREATE INDEX organiser_logins_by_expiry ON organiser_logins(expires_at);
  CREATE TABLE session_owners (
    session_id       TEXT PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
    owner_subject    TEXT NOT NULL,
    team             TEXT,
    archived         INTEGER NOT NULL DEFAULT 0,
    owner_token_hash BLOB
  ) WITHOUT ROWID;
  CREATE INDEX session_owners_by_subject ON session_owners(owner_subject);
  CREATE INDEX session_owners_by_team ON session_owners(team);
  `,
  // Templates and the audit log (issue #19). Audit entries go with their session (CASCADE); a
  // deleted session leaves only a tombstone without names or details. Templates belong to no
  // session; owner and team stay NULL until organisers sign in.
  `
  CREATE TABLE audit_entries (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    at         TEXT NOT NULL,
    action     TEXT NOT NULL,
    entry      TEXT NOT NULL
  );
  CREATE INDEX audit_entries_by_session ON audit_entries(session_id, id);
  CREATE TABLE audit_tombstones (
    session_id TEXT PRIMARY KEY,
    deleted_at TEXT NOT NULL,
    cause      TEXT NOT NULL
  ) WITHOUT ROWID;
  CREATE TABLE templates (
    id           TEXT PRIMARY KEY,
    format       INTEGER NOT NULL,
    created_at   TEXT NOT NULL,
    creator_hash BLOB,
    owner_id     TEXT,
    team_id      TEXT,
    body         TEXT NOT NULL
  ) WITHOUT ROWID;
  CREATE INDEX templates_by_creator ON templates(creator_hash, created_at);
  `,
  // Photos of paper sheets (hybrid evenings, issue 21): already re-encoded without metadata,
  // deleted with their session (and, by secure_delete, overwritten).
  `
  CREATE TABLE images (
    id         TEXT PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    bytes      BLOB NOT NULL,
    mime       TEXT NOT NULL,
    width      INTEGER NOT NULL,
    height     INTEGER NOT NULL,
    created_at TEXT NOT NULL
  );
  CREATE INDEX images_by_session ON images(session_id);
  `,
  // Dashboard counts (issue #19): notes on the board and locked in control, as the rooms last
  // stored them, so "Mijn werksessies" lists hundreds without loading a document. NULL: not yet.
  `
  ALTER TABLE sessions ADD COLUMN board_notes INTEGER;
  ALTER TABLE sessions ADD COLUMN locked_notes INTEGER;
  `,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

export function schemaVersion(db: Database): number {
  db.exec("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
  const row = db.prepare("SELECT version FROM schema_version").get() as { version: number } | undefined;
  return row?.version ?? 0;
}

/**
 * Brings the database to SCHEMA_VERSION, each step in its own transaction. Refuses a database
 * written by a newer Wijkbord rather than guessing at a layout it does not know.
 */
export function migrate(db: Database, migrations: readonly string[] = MIGRATIONS): number {
  const from = schemaVersion(db);
  if (from > migrations.length) {
    throw new Error(
      `database schema version ${from} is newer than this server supports (${migrations.length}); upgrade Wijkbord`,
    );
  }
  for (let v = from; v < migrations.length; v++) {
    const sql = migrations[v] as string;
    db.transaction(() => {
      db.exec(sql);
      db.prepare("DELETE FROM schema_version").run();
      db.prepare("INSERT INTO schema_version (version) VALUES (?)").run(v + 1);
    })();
  }
  return migrations.length;
}
