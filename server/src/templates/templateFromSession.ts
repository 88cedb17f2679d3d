import {
  BOARD,
  CardCountSchema,
  CONTROL,
  NOTE_FONT_KEY,
  NoteFontSchema,
  type StarterNote,
  StarterNoteSchema,
  TEMPLATE_FORMAT,
  type Template,
  type WorksheetPlacement,
  WorksheetPlacementSchema,
} from "@wijkbord/shared";
import { WIJK_PLACEHOLDER } from "@wijkbord/worksheets";
import * as Y from "yjs";
import type { SessionDocs } from "../export/readSessionDocs.ts";
import { isOwnQuestionKey } from "../sessions/isOwnQuestionKey.ts";

/** The last value of each key of a y-utility YKeyValue array, read without writing to it. */
function keyValues(doc: Y.Doc, name: string, into = new Map<string, unknown>()): Map<string, unknown> {
  for (const entry of doc.getArray<unknown>(name).toArray()) {
    if (typeof entry === "object" && entry !== null && "key" in entry && "val" in entry) {
      into.set(String(entry.key), entry.val);
    }
  }
  return into;
}

/** A note as a starter note: no author (the template's users did not write it), no times. */
function starterNote(record: unknown): StarterNote | null {
  const parsed = StarterNoteSchema.safeParse(record);
  if (!parsed.success) return null;
  const meta = (parsed.data.meta ?? {}) as Record<string, unknown>;
  return {
    ...parsed.data,
    meta: {
      authorId: "template",
      authorName: "",
      worksheet: meta.worksheet ?? null,
      zone: meta.zone ?? null,
    },
  };
}

/**
 * Replaces the wijk's name, as a whole word, with `[naam wijk]`, so the template fits any wijk
 * ("Oost" in "Oosterwold" stays).
 */
function withPlaceholder(text: string, wijk: string): string {
  const name = wijk.trim();
  if (!name) return text;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return text.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "gu"), WIJK_PLACEHOLDER);
}

export interface TemplateOptions {
  name: string;
  description: string;
  withNotes: boolean;
}

/**
 * A session's setup as a template, from its documents as they are now: the agenda (placements with
 * their positions), own questions, card counts, locked worksheets, the note letter and, when asked,
 * its notes as starter notes (locked ones too, unlocked). Nothing of who took part, voted or wrote.
 */
export function templateFromSession(docs: SessionDocs, options: TemplateOptions): Template {
  const control = new Y.Doc();
  const board = new Y.Doc();
  try {
    Y.applyUpdate(control, docs.control);
    Y.applyUpdate(board, docs.board);
    const session = control.getMap<unknown>(CONTROL.session);
    const wijk = typeof session.get("wijk") === "string" ? (session.get("wijk") as string) : "";
    const title = typeof session.get("title") === "string" ? (session.get("title") as string) : options.name;
    const worksheets: WorksheetPlacement[] = [];
    const seen = new Set<string>();
    for (const raw of control.getArray<unknown>(CONTROL.worksheets).toArray()) {
      const placement = WorksheetPlacementSchema.safeParse(raw);
      if (!placement.success || seen.has(placement.data.instanceId)) continue;
      seen.add(placement.data.instanceId);
      worksheets.push(placement.data);
    }
    const texts: Record<string, string> = {};
    for (const [key, value] of control.getMap<unknown>(CONTROL.texts)) {
      if (typeof value === "string" && value.trim() && isOwnQuestionKey(key, worksheets))
        texts[key] = withPlaceholder(value, wijk);
    }
    const cardCounts: Record<string, number> = {};
    for (const [instanceId, value] of board.getMap<unknown>(BOARD.cardCounts)) {
      if (seen.has(instanceId) && CardCountSchema.safeParse(value).success)
        cardCounts[instanceId] = value as number;
    }
    const lockedAreas = [...control.getMap<unknown>(CONTROL.lockedAreas)]
      .filter(([instanceId, locked]) => locked === true && seen.has(instanceId))
      .map(([instanceId]) => instanceId);
    const font = NoteFontSchema.safeParse(session.get(NOTE_FONT_KEY));
    const starterNotes = options.withNotes
      ? [...keyValues(control, CONTROL.lockedRecords, keyValues(board, BOARD.records)).values()]
          .map(starterNote)
          .filter((n): n is StarterNote => n !== null)
      : [];
    return {
      format: TEMPLATE_FORMAT,
      name: options.name,
      description: options.description,
      title: title.trim() || options.name,
      worksheets,
      texts,
      cardCounts,
      lockedAreas,
      ...(font.success ? { noteFont: font.data } : {}),
      starterNotes,
    };
  } finally {
    control.destroy();
    board.destroy();
  }
}
