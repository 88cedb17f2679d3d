import { BACKUP_VERSION, type Backup, BackupEnvelopeSchema, BackupSchema } from "@wijkbord/shared";
import type { z } from "zod";

export type MigrateResult =
  | { ok: true; backup: Backup }
  | {
      ok: false;
      code: "not_a_backup" | "backup_too_new" | "invalid_backup";
      message: string;
      error?: z.ZodError;
    };

/**
 * Steps that lift version n to n + 1, indexed by n, each with a test that the older file still
 * imports. Version 1 had no hidden parts and no photos: it gets none.
 */
const STEPS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {
  1: (v1) => ({ ...v1, hidden: { worksheets: {}, zones: {} }, images: [] }),
};

/** Parses any backup version this server knows, migrated forward to the current one. */
export function migrateBackup(json: unknown): MigrateResult {
  const envelope = BackupEnvelopeSchema.safeParse(json);
  if (!envelope.success) {
    return {
      ok: false,
      code: "not_a_backup",
      message: "this is not a Wijkbord backup file",
      error: envelope.error,
    };
  }
  if (envelope.data.version > BACKUP_VERSION) {
    return {
      ok: false,
      code: "backup_too_new",
      message: `backup version ${envelope.data.version} is newer than this server understands (${BACKUP_VERSION})`,
    };
  }
  let current = json as Record<string, unknown>;
  for (let v = envelope.data.version; v < BACKUP_VERSION; v++) {
    const step = STEPS[v];
    if (!step) return { ok: false, code: "invalid_backup", message: `no migration from backup version ${v}` };
    current = { ...step(current), version: v + 1 };
  }
  const parsed = BackupSchema.safeParse(current);
  if (!parsed.success) {
    return {
      ok: false,
      code: "invalid_backup",
      message: "the backup file is incomplete or damaged",
      error: parsed.error,
    };
  }
  return { ok: true, backup: parsed.data };
}
