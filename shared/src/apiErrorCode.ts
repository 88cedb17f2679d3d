import { z } from "zod";

/*
 * Every `error.code` the server sends in an API error body (`ApiErrorSchema`; docs/sync-protocol.md,
 * "Errors"). A code is stable: scripts and the app match on it, while the message may change.
 * `ApiErrorSchema` itself keeps `code` a plain string, so an app older than its server still
 * reads the message of a code added later.
 */
export const API_ERROR_CODES = [
  // Any route
  "bad_json",
  "invalid_request",
  "body_too_large",
  "not_found",
  "unauthorized",
  "forbidden",
  "removed",
  "internal_error",
  "storage_unavailable",
  "too_many_sessions",
  "owned_elsewhere",
  // WebSocket upgrade
  "upgrade_required",
  "forbidden_origin",
  // Creating, importing and restoring sessions
  "unknown_worksheet",
  "not_a_backup",
  "backup_too_new",
  "invalid_backup",
  "restore_failed",
  // Templates
  "invalid_template",
  "template_too_new",
  // Exports
  "invalid_image",
  // Links and people
  "sealed_links_unreadable",
  "full",
  "taken",
  "secret_mismatch",
  "unknown_participant",
  // Dot voting
  "unknown_zone",
  "zone_not_shown",
  "vote_running",
  "not_your_participant",
  "unknown_note",
  "note_outside_vote",
  "no_vote_running",
  "vote_changed",
  "voter_mismatch",
  "no_votes_left",
  "max_per_note",
  "nothing_to_take_back",
  // Organisers: sign-in (OIDC) and "Mijn werksessies"
  "sign_in_required",
  "csrf",
  "not_owner",
  // Photos
  "unsupported_image",
  "image_too_large",
  "too_many_images",
  // Step by step (hiding worksheets)
  "already_hidden",
  "not_hidden",
  "last_visible_worksheet",
  // Step by step (hiding zones of a worksheet)
  "worksheet_hidden",
  "zone_overlaps_hidden",
] as const;

export const ApiErrorCodeSchema = z.enum(API_ERROR_CODES);
export type ApiErrorCode = z.infer<typeof ApiErrorCodeSchema>;
