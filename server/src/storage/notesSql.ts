/** A session's notes from the columns the rooms write (table alias `s`); NULL before any count. */
export const NOTES_SQL =
  "CASE WHEN s.board_notes IS NULL AND s.locked_notes IS NULL THEN NULL ELSE coalesce(s.board_notes, 0) + coalesce(s.locked_notes, 0) END";
