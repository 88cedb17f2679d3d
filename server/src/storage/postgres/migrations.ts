import type { Pool } from "pg";
import { inTransaction } from "./inTransaction.ts";

/**
 * PostgreSQL schema, one entry per version; never edit a released entry, append a new one. The
 * tables mirror SQLite's (sqlite/migrations.ts) with bytes as bytea, except the document log:
 * sequence numbers are per document, handed out by `doc_heads` (see PostgresLog).
 * `format` columns version the blobs and JSON inside a row independently of the table layout.
 */
export const MIGRATIONS: readonly string[] = [
  // 1: everything SQLite's migrations 1–4 hold.
  `
  CREATE TABLE sessions (
    id            text PRIMARY KEY,
    format        integer NOT NULL,
    title         text NOT NULL,
    wijk          text NOT NULL,
    created_at    text NOT NULL,
    worksheets    text NOT NULL,
    sealed_tokens bytea NOT NULL
  );
  CREATE TABLE tokens (
    hash       bytea PRIMARY KEY,
    session_id text NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    role       text NOT NULL
  );
  CREATE INDEX tokens_by_session ON tokens (session_id);

  -- The last seq handed out per document. Its row is locked from an append until that commits, so
  -- a document's seqs are committed in order even when two processes append: a reader that sees
  -- seq n has every seq below it. Kept when the document is deleted, so seqs never go back.
  CREATE TABLE doc_heads (
    session_id text NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    doc        text NOT NULL,
    last_seq   bigint NOT NULL,
    PRIMARY KEY (session_id, doc)
  );
  CREATE TABLE doc_snapshots (
    session_id  text NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    doc         text NOT NULL,
    format      integer NOT NULL,
    state       bytea NOT NULL,
    through_seq bigint NOT NULL,
    PRIMARY KEY (session_id, doc)
  );
  CREATE TABLE doc_updates (
    session_id text NOT NULL,
    doc        text NOT NULL,
    seq        bigint NOT NULL CHECK (seq > 0),
    format     integer NOT NULL,
    data       bytea NOT NULL,
    PRIMARY KEY (session_id, doc, seq),
    FOREIGN KEY (session_id, doc) REFERENCES doc_heads (session_id, doc) ON DELETE CASCADE
  );

  CREATE TABLE doc_history (
    id         bigserial PRIMARY KEY,
    session_id text NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    taken_at   text NOT NULL,
    kind       text NOT NULL,
    format     integer NOT NULL,
    control    bytea NOT NULL,
    board      bytea NOT NULL
  );
  CREATE INDEX doc_history_by_session ON doc_history (session_id, id);

  -- Dot voting: ballots keyed by a hash of the voter's secret, counts by participant, in separate
  -- tables without times; both are deleted when the round ends, totals stay (see SQLite's).
  CREATE TABLE vote_rounds (
    session_id       text NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    id               text NOT NULL,
    format           integer NOT NULL,
    instance_id      text NOT NULL,
    zone_id          text,
    votes_per_person integer NOT NULL,
    max_per_note     integer,
    status           text NOT NULL,
    started_at       text NOT NULL,
    ended_at         text,
    results          text,
    PRIMARY KEY (session_id, id)
  );
  CREATE UNIQUE INDEX vote_rounds_one_running ON vote_rounds (session_id) WHERE status = 'running';
  CREATE TABLE vote_ballots (
    session_id text NOT NULL,
    round_id   text NOT NULL,
    voter_hash bytea NOT NULL,
    note_id    text NOT NULL,
    count      integer NOT NULL,
    PRIMARY KEY (session_id, round_id, voter_hash, note_id),
    FOREIGN KEY (session_id, round_id) REFERENCES vote_rounds (session_id, id) ON DELETE CASCADE
  );
  CREATE TABLE vote_voters (
    session_id     text NOT NULL,
    round_id       text NOT NULL,
    participant_id text NOT NULL,
    binding        bytea NOT NULL,
    remaining      integer NOT NULL,
    PRIMARY KEY (session_id, round_id, participant_id),
    FOREIGN KEY (session_id, round_id) REFERENCES vote_rounds (session_id, id) ON DELETE CASCADE
  );

  CREATE TABLE members (
    session_id     text NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    participant_id text NOT NULL,
    secret_hash    bytea NOT NULL,
    status         text NOT NULL,
    PRIMARY KEY (session_id, participant_id)
  );
  CREATE UNIQUE INDEX members_by_secret ON members (session_id, secret_hash);
  `,
  // 2: retention, as SQLite's 5: when a session was last opened or edited (NULL: not since created).
  `
  ALTER TABLE sessions ADD COLUMN last_active_at text;
  CREATE INDEX sessions_by_activity ON sessions ((coalesce(last_active_at, created_at) COLLATE "C"));
  `,
  // 3: ownership leases of several instances (PostgresLeases, issue #20).
  `
  -- One row per session ever owned. The epoch only grows: each claim raises it, so a write checked
  -- against an older epoch (an owner that was paused past its lease) is refused.
  CREATE TABLE session_leases (
    session_id text PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
    owner      text NOT NULL,
    epoch      bigint NOT NULL,
    expires_at timestamptz NOT NULL
  );

  -- Called by every document write in its own statement: holds the lease row (FOR SHARE) until
  -- the write commits, so a takeover (an UPDATE of the row) waits for it, and a write after the
  -- takeover finds the new epoch and fails with SQLSTATE WBF01. A null epoch: an unfenced write
  -- (a storage opened without leases, a single instance).
  CREATE FUNCTION wijkbord_fence(sid text, holder text, fence bigint) RETURNS boolean
  LANGUAGE plpgsql AS $$
  BEGIN
    IF fence IS NULL THEN
      RETURN true;
    END IF;
    PERFORM 1 FROM session_leases WHERE session_id = sid AND owner = holder AND epoch = fence FOR SHARE;
    IF NOT FOUND THEN
      RAISE EXCEPTION 'lease of session % moved: epoch % is not held by %', sid, fence, holder
        USING ERRCODE = 'WBF01';
    END IF;
    RETURN true;
  END
  $$;
  `,
  // Organisers (OIDC sign-in): login rows keyed by a hash of the cookie's id, and who owns a
  // session (the owner token is one extra facilitator token, replaced at each "open").
  `
  CREATE TABLE organiser_logins (
    id_hash    bytea PRIMARY KEY,
    expires_at text NOT NULL,
    data       text NOT NULL
  );
  CREATE INDEX organiser_logins_by_expiry ON organiser_logins (expires_at);
  CREATE TABLE session_owners (
    session_id       text PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
    owner_subject    text NOT NULL,
    team             text,
    archived         boolean NOT NULL DEFAULT false,
    owner_token_hash bytea
  );
  CREATE INDEX session_owners_by_subject ON session_owners (owner_subject);
  CREATE INDEX session_owners_by_team ON session_owners (team);
  `,
  // Templates and the audit log (issue #19), as SQLite's: entries go with their session, a
  // deleted session leaves a tombstone without names or details; templates belong to no session.
  `
  CREATE TABLE audit_entries (
    id         bigserial PRIMARY KEY,
    session_id text NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    at         text NOT NULL,
    action     text NOT NULL,
    entry      text NOT NULL
  );
  CREATE INDEX audit_entries_by_session ON audit_entries (session_id, id);
  CREATE TABLE audit_tombstones (
    session_id text PRIMARY KEY,
    deleted_at text NOT NULL,
    cause      text NOT NULL
  );
  CREATE TABLE templates (
    id           text PRIMARY KEY,
    format       integer NOT NULL,
    created_at   text NOT NULL,
    creator_hash bytea,
    owner_id     text,
    team_id      text,
    body         text NOT NULL
  );
  CREATE INDEX templates_by_creator ON templates (creator_hash, created_at);
  `,
  // Photos of paper sheets (hybrid evenings, issue 21), as SQLite's "images" migration: already
  // re-encoded without metadata, deleted with their session.
  `
  CREATE TABLE images (
    id         text PRIMARY KEY,
    session_id text NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    bytes      bytea NOT NULL,
    mime       text NOT NULL,
    width      integer NOT NULL,
    height     integer NOT NULL,
    created_at text NOT NULL
  );
  CREATE INDEX images_by_session ON images (session_id);
  `,
  // Hand-back requests on leases: the instance that refused a socket or request of a session
  // another instance owns (nginx's hash target, after a restart) asks for it; the owner releases
  // it at its next renewal (PostgresLeases).
  `
  ALTER TABLE session_leases ADD COLUMN wanted_by text, ADD COLUMN wanted_at timestamptz;
  `,
  // Dashboard counts (issue #19), as SQLite's: notes on the board and locked in control, as the
  // rooms last stored them. NULL: not yet.
  `
  ALTER TABLE sessions ADD COLUMN board_notes integer, ADD COLUMN locked_notes integer;
  `,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/**
 * Key of the transaction-level advisory lock the migrations run under ("wijk" in ASCII): of two
 * servers starting together on one database, the second waits and then finds nothing to do.
 */
const MIGRATION_LOCK = 0x77696a6b;

/**
 * Brings the database (the first schema on the search_path) to the newest version in one
 * transaction: every pending step or none. Refuses a database written by a newer Wijkbord rather
 * than guessing at a layout it does not know. Returns the version reached.
 */
export async function migrate(pool: Pool, migrations: readonly string[] = MIGRATIONS): Promise<number> {
  return inTransaction(pool, async (client) => {
    await client.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK]);
    await client.query(
      `CREATE TABLE IF NOT EXISTS schema_migrations (
         version    integer PRIMARY KEY,
         applied_at timestamptz NOT NULL DEFAULT now()
       )`,
    );
    const from = await schemaVersionIn(client);
    if (from > migrations.length) {
      throw new Error(
        `database schema version ${from} is newer than this server supports (${migrations.length}); upgrade Wijkbord`,
      );
    }
    for (let v = from; v < migrations.length; v++) {
      await client.query(migrations[v] as string);
      await client.query("INSERT INTO schema_migrations (version) VALUES ($1)", [v + 1]);
    }
    return migrations.length;
  });
}

/** The newest version applied, 0 for a database without Wijkbord's tables. */
export async function schemaVersion(pool: Pool): Promise<number> {
  const { rows } = await pool.query<{ exists: boolean }>(
    "SELECT to_regclass('schema_migrations') IS NOT NULL AS exists",
  );
  return rows[0]?.exists ? schemaVersionIn(pool) : 0;
}

async function schemaVersionIn(db: Pick<Pool, "query">): Promise<number> {
  const { rows } = await db.query<{ version: number }>(
    "SELECT coalesce(max(version), 0) AS version FROM schema_migrations",
  );
  return rows[0]?.version ?? 0;
}
