import type { NoteMeta } from "@wijkbord/shared";
import type { ZoneHit } from "@wijkbord/worksheets";

export interface NoteAuthor {
  id: string;
  name: string;
}

/**
 * A note's meta after a create or a move: the author is stamped once (a note that already has one
 * keeps it, e.g. a duplicate), the worksheet and zone always follow the note's centre. Other meta
 * keys are kept. Returns the same object when nothing changes.
 */
export function nextNoteMeta<M extends Record<string, unknown>>(
  meta: M,
  author: NoteAuthor,
  hit: ZoneHit | null,
): M & NoteMeta {
  const hasAuthor = typeof meta.authorId === "string" && meta.authorId.length > 0;
  const next = {
    ...meta,
    authorId: hasAuthor ? (meta.authorId as string) : author.id,
    authorName: hasAuthor && typeof meta.authorName === "string" ? meta.authorName : author.name,
    worksheet: hit?.instanceId ?? null,
    zone: hit?.zoneId ?? null,
  };
  const same =
    meta.authorId === next.authorId &&
    meta.authorName === next.authorName &&
    meta.worksheet === next.worksheet &&
    meta.zone === next.zone;
  return same ? (meta as M & NoteMeta) : next;
}
