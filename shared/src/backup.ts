import { z } from "zod";
import { WorksheetPlacementSchema } from "./session.ts";

/**
 * The backup file (`GET /api/sessions/:id/export/json`, `POST /api/sessions/import`): the whole
 * session as the two Yjs documents' states plus the configuration needed to recreate it. Versioned;
 * `migrateBackup` (server) lifts older versions to the current one before anything reads it.
 */
export const BACKUP_FORMAT = "wijkbord-backup";
export const BACKUP_VERSION = 1;

/**
 * Largest backup body `POST /api/sessions/import` reads. Far above `LIMITS.maxRequestBodyBytes`
 * because a backup carries a whole board (1,000 notes ≈ 1 MB of Yjs state, base64-encoded).
 * Kept next to the format until the shared LIMITS module is reorganised.
 */
export const MAX_BACKUP_BYTES = 32 * 1024 * 1024;

/** Standard base64 (what `Buffer.toString("base64")` writes), possibly empty. */
const Base64Schema = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, "must be base64");

/** Only the outer envelope, to pick the migration; everything else is checked per version. */
export const BackupEnvelopeSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int().positive(),
});

export const BackupV1Schema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(1),
  exportedAt: z.string(),
  session: z.object({
    title: z.string().trim().min(1),
    wijk: z.string().trim().min(1),
    worksheets: z.array(WorksheetPlacementSchema).min(1),
  }),
  /** Yjs update (v1) of the whole control document, base64. */
  control: Base64Schema,
  /** Yjs update (v1) of the whole board document, base64. */
  board: Base64Schema,
  /** Facilitation state that lives outside the documents (timers, rounds…); empty today. */
  facilitation: z.record(z.string(), z.unknown()),
});
export type BackupV1 = z.infer<typeof BackupV1Schema>;

/** The current version; change this alias (and add a migration) when a version 2 appears. */
export const BackupSchema = BackupV1Schema;
export type Backup = BackupV1;
