import { performance } from "node:perf_hooks";
import { type DocRef, PostgresStorage } from "@wijkbord/server";
import * as Y from "yjs";
import { noteRecord } from "../integration/support/noteRecord.ts";

export interface FenceCost {
  appends: number;
  rounds: number;
  /** Median over the rounds, µs per durable append awaited one at a time. */
  unfencedUs: number;
  fencedUs: number;
  /** Median over the rounds, µs per append when 20 rooms append at once (group commit). */
  unfencedTogetherUs: number;
  fencedTogetherUs: number;
}

const ROOMS = 20;

function noteUpdates(n: number): Uint8Array[] {
  const doc = new Y.Doc();
  const out: Uint8Array[] = [];
  doc.on("update", (u: Uint8Array) => out.push(u));
  const records = doc.getMap("records");
  for (let i = 0; i < n; i++) {
    const id = `shape:n${i % 50}`;
    records.set(id, noteRecord(id, `Meer groen in de wijk, idee ${i}`, (i * 37) % 2000, (i * 53) % 1500));
  }
  return out;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

/**
 * What the lease fence adds to an append (wijkbord_fence: a FOR SHARE read of the lease row in the
 * append's statement): the same appends through a storage opened with leases (each session
 * claimed) and one without, alternating, on the database at `url`.
 */
export async function measureFenceCost(url: string, appends = 300, rounds = 3): Promise<FenceCost> {
  const plain = await PostgresStorage.open(url);
  const fenced = await PostgresStorage.open(url, { leases: { instanceId: "fence-bench", leaseMs: 600_000 } });
  const updates = noteUpdates(appends);
  const out = {
    one: { plain: [] as number[], fenced: [] as number[] },
    all: { plain: [] as number[], fenced: [] as number[] },
  };
  try {
    for (let round = 0; round < rounds; round++) {
      const order: ["plain" | "fenced", PostgresStorage][] =
        round % 2
          ? [
              ["fenced", fenced],
              ["plain", plain],
            ]
          : [
              ["plain", plain],
              ["fenced", fenced],
            ];
      for (const [name, storage] of order) {
        const refs: DocRef[] = [];
        for (let k = 0; k < ROOMS; k++) {
          const sessionId = `fence${name}${round}r${k}`.padEnd(16, "x");
          await storage.createSession(
            {
              id: sessionId,
              title: "Bench",
              wijk: "Atolwijk",
              createdAt: new Date(0).toISOString(),
              worksheets: [],
              sealedTokens: Uint8Array.of(1),
            },
            [],
            new Map(),
          );
          await storage.ownership?.claim(sessionId);
          refs.push({ sessionId, doc: "board" });
        }
        let t = performance.now();
        for (const u of updates) await storage.appendUpdate(refs[0] as DocRef, u);
        out.one[name].push(((performance.now() - t) * 1000) / updates.length);
        const waves = Math.ceil(appends / ROOMS);
        t = performance.now();
        for (let w = 0; w < waves; w++) {
          await Promise.all(
            refs.map((ref, k) =>
              storage.appendUpdate(ref, updates[(w * ROOMS + k) % updates.length] as Uint8Array),
            ),
          );
        }
        out.all[name].push(((performance.now() - t) * 1000) / (waves * ROOMS));
      }
    }
  } finally {
    await plain.close();
    await fenced.close();
  }
  return {
    appends,
    rounds,
    unfencedUs: median(out.one.plain),
    fencedUs: median(out.one.fenced),
    unfencedTogetherUs: median(out.all.plain),
    fencedTogetherUs: median(out.all.fenced),
  };
}
