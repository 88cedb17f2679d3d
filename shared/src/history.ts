import { z } from "zod";

/** One kept version of a session (`GET /api/sessions/:id/history`); its states stay on the server. */
export const HistoryVersionInfoSchema = z.object({
  id: z.number().int().positive(),
  /** ISO time the version was taken. */
  takenAt: z.string(),
  /** "auto": the periodic version; "manual": a facilitator's "Versie bewaren". */
  kind: z.enum(["auto", "manual"]),
  /** Size of both documents' states. */
  bytes: z.number().int().nonnegative(),
});
export type HistoryVersionInfo = z.infer<typeof HistoryVersionInfoSchema>;

export const HistoryListResponseSchema = z.object({ versions: z.array(HistoryVersionInfoSchema) });
export type HistoryListResponse = z.infer<typeof HistoryListResponseSchema>;

/** `POST /api/sessions/:id/history/:versionId/restore` body: restore as a new session (new links). */
export const HistoryRestoreRequestSchema = z.strictObject({ as: z.literal("new-session") });

/** `POST /api/sessions/:id/history` answer: the version just kept. */
export const HistoryKeepResponseSchema = z.object({ version: HistoryVersionInfoSchema });
export type HistoryKeepResponse = z.infer<typeof HistoryKeepResponseSchema>;
