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

/**
 * A note's meta with its times (ISO): `createdAt` set when the note is made (kept if it already has one:
 * a note brought back by undo, or a duplicate), `updatedAt` on every change a person makes to it. For
 * the exports' "Gemaakt" / "Laatst gewijzigd".
 */
export function withNoteTimes<M extends Record<string, unknown>>(
  meta: M,
  now: string,
  created: boolean,
): M & Pick<NoteMeta, "createdAt" | "updatedAt"> {
  const createdAt = typeof meta.createdAt === "string" ? meta.createdAt : created ? now : undefined;
  return { ...meta, ...(createdAt ? { createdAt } : {}), updatedAt: now };
}
