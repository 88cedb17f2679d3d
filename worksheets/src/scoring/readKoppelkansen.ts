import {
  type Koppelkans,
  KoppelkansenIdSchema,
  KoppelkansSchema,
  type Opgave,
  OpgaveSchema,
  type Prioriteit,
  PrioriteitSchema,
  parseScoreKey,
  ReasonSchema,
  ScoreSchema,
  type Succesfactor,
  SuccesfactorSchema,
} from "@wijkbord/shared";

/**
 * The koppelkansen maps of a board document as plain objects: each is
 * `doc.getMap(BOARD.koppelkansen…).toJSON()`. Missing maps count as empty.
 */
export interface KoppelkansenSnapshot {
  opgaven?: Record<string, unknown>;
  succesfactoren?: Record<string, unknown>;
  kansen?: Record<string, unknown>;
  scores?: Record<string, unknown>;
  reasons?: Record<string, unknown>;
  priorities?: Record<string, unknown>;
}

export type WithId<T> = T & { id: string };

/** A stored value a reader skipped, and why (a script wrote something the app would refuse). */
export interface KoppelkansenIssue {
  map: keyof KoppelkansenSnapshot;
  key: string;
  message: string;
}

/** The validated tables of koppelkansen steps 2–4. */
export interface KoppelkansenState {
  /** Tabel B, by `order` (ties by id). */
  opgaven: WithId<Opgave>[];
  /** Rij 3, by `order` (ties by id). */
  succesfactoren: WithId<Succesfactor>[];
  /**
   * Tabel C in table order: grouped by their opgave in opgave order, koppelkansen without a
   * (still existing) opgave last, then by `order`, then id. `opgaveId` is null when the opgave is gone.
   */
  kansen: WithId<Koppelkans>[];
  /** Cell key → valid score, only for cells whose koppelkans and succesfactor exist. */
  scores: Map<string, number>;
  /** Cell key → reasoning, only for existing cells. */
  reasons: Map<string, string>;
  /** Prioritering in `order`; only existing koppelkansen, each once (the first in order wins). */
  priorities: WithId<Prioriteit>[];
  issues: KoppelkansenIssue[];
}

const byOrder = (a: { order: number; id: string }, b: { order: number; id: string }) =>
  a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The part of a zod schema used here (worksheets does not depend on zod itself). */
interface Parser<T> {
  safeParse(
    value: unknown,
  ): { success: true; data: T } | { success: false; error: { issues: { message: string }[] } };
}

function readEntries<T>(
  map: keyof KoppelkansenSnapshot,
  raw: Record<string, unknown> | undefined,
  schema: Parser<T>,
  issues: KoppelkansenIssue[],
): WithId<T>[] {
  const out: WithId<T>[] = [];
  for (const [key, value] of Object.entries(raw ?? {})) {
    if (!KoppelkansenIdSchema.safeParse(key).success) {
      issues.push({ map, key, message: "invalid id" });
      continue;
    }
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      issues.push({ map, key, message: parsed.error.issues[0]?.message ?? "invalid" });
      continue;
    }
    out.push({ ...parsed.data, id: key });
  }
  return out;
}

/**
 * Reads the koppelkansen tables from plain objects (board document or a stored copy), never
 * throwing: invalid values are skipped and listed in `issues`; references to removed entries are
 * dropped silently (removal never cascades in the document, see docs/sync-protocol.md).
 */
export function readKoppelkansen(snapshot: KoppelkansenSnapshot): KoppelkansenState {
  const issues: KoppelkansenIssue[] = [];
  const opgaven = readEntries("opgaven", snapshot.opgaven, OpgaveSchema, issues).sort(byOrder);
  const succesfactoren = readEntries(
    "succesfactoren",
    snapshot.succesfactoren,
    SuccesfactorSchema,
    issues,
  ).sort(byOrder);

  const opgaveRank = new Map(opgaven.map((o, i) => [o.id, i]));
  const kansen = readEntries("kansen", snapshot.kansen, KoppelkansSchema, issues)
    .map((k) => (k.opgaveId !== null && !opgaveRank.has(k.opgaveId) ? { ...k, opgaveId: null } : k))
    .sort((a, b) => {
      const ra = a.opgaveId === null ? opgaven.length : (opgaveRank.get(a.opgaveId) ?? opgaven.length);
      const rb = b.opgaveId === null ? opgaven.length : (opgaveRank.get(b.opgaveId) ?? opgaven.length);
      return ra - rb || byOrder(a, b);
    });

  const kansIds = new Set(kansen.map((k) => k.id));
  const factorIds = new Set(succesfactoren.map((f) => f.id));
  const cellExists = (key: string) => {
    const cell = parseScoreKey(key);
    return cell !== null && kansIds.has(cell.kansId) && factorIds.has(cell.factorId);
  };

  const scores = new Map<string, number>();
  for (const [key, value] of Object.entries(snapshot.scores ?? {})) {
    const parsed = ScoreSchema.safeParse(value);
    if (!parsed.success) {
      issues.push({ map: "scores", key, message: parsed.error.issues[0]?.message ?? "invalid score" });
    } else if (cellExists(key)) {
      scores.set(key, parsed.data);
    }
  }
  const reasons = new Map<string, string>();
  for (const [key, value] of Object.entries(snapshot.reasons ?? {})) {
    const parsed = ReasonSchema.safeParse(value);
    if (!parsed.success) issues.push({ map: "reasons", key, message: "invalid reason" });
    else if (cellExists(key) && parsed.data !== "") reasons.set(key, parsed.data);
  }

  const seen = new Set<string>();
  const priorities = readEntries("priorities", snapshot.priorities, PrioriteitSchema, issues)
    .sort(byOrder)
    .filter((p) => {
      if (!kansIds.has(p.kansId) || seen.has(p.kansId)) return false;
      seen.add(p.kansId);
      return true;
    });

  return { opgaven, succesfactoren, kansen, scores, reasons, priorities, issues };
}
