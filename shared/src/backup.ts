import { z } from "zod";
import { HiddenZoneSchema } from "./hiddenZone.ts";
import { HiddenWorksheetSchema } from "./hiding.ts";
import { ImageIdSchema, ImageMimeSchema } from "./images.ts";
import { WorksheetPlacementSchema } from "./session.ts";

/**
 * The backup file (`GET /api/sessions/:id/export/json`, `POST /api/sessions/import`): the whole
 * session as the two Yjs documents' states plus the configuration needed to recreate it. Versioned;
 * `migrateBackup` (server) lifts older versions to the current one before anything reads it.
 */
export const BACKUP_FORMAT = "wijkbord-backup";
export const BACKUP_VERSION = 2;

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

/** A photo of the session (server/src/images) in a backup: its bytes as stored, and where the board points. */
export const BackupImageSchema = z.object({
  id: ImageIdSchema,
  /** The `src` the board's image asset holds (`sessionImagePath` of the exported session). */
  src: z.string(),
  mime: ImageMimeSchema,
  /** The stored file, base64. */
  data: Base64Schema,
});
export type BackupImage = z.infer<typeof BackupImageSchema>;

/**
 * Version 2 adds what version 1 left out: the hidden worksheets and zones (the facilitators'
 * document's `hidden` and `hiddenZones`, restored as still hidden) and the session's photos.
 */
export const BackupV2Schema = BackupV1Schema.extend({
  version: z.literal(2),
  hidden: z.object({
    worksheets: z.record(z.string(), HiddenWorksheetSchema),
    zones: z.record(z.string(), HiddenZoneSchema),
  }),
  images: z.array(BackupImageSchema),
});
export type BackupV2 = z.infer<typeof BackupV2Schema>;

/** The current version; change this alias (and add a migration) when a version 3 appears. */
export const BackupSchema = BackupV2Schema;
export type Backup = BackupV2;
