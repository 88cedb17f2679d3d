/**
 * A participant process: simulates a slice of a workshop's participants, each a real y-websocket
 * client (`connectClient` from the integration support: WebsocketProvider, `ws`, disableBc) on the
 * room's `board` document. Forked by the orchestrator; talks to it over IPC (participantProtocol).
 *
 * Each participant adds, moves and edits note records (tldraw-like, in a y-utility YKeyValue) at a
 * human pace and moves its cursor through awareness. Every change carries its send time on the
 * machine-wide monotonic clock; every receiver records `now - sent` for changes of others.
 */
import { setPriority } from "node:os";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { BOARD, sendOwnPresenceOnly } from "@wijkbord/shared";
import type WebSocket from "ws";
import type * as Y from "yjs";
import { connectClient } from "../integration/support/connectClient.ts";
import { noteRecord } from "../integration/support/noteRecord.ts";
import { prng } from "../integration/support/prng.ts";
import { nowMs, sleep } from "./clock.ts";
import { Histogram } from "./histogram.ts";
import { type BenchClient, connectLightClient } from "./lightClient.ts";
import type {
  ConnectMessage,
  ParticipantsConfig,
  ParticipantsMessage,
  RoomTarget,
  StartMessage,
} from "./participantProtocol.ts";

// Every WebsocketProvider adds a process 'exit' listener.
process.setMaxListeners(0);

type Note = ReturnType<typeof noteRecord> & { meta: { bench?: Stamp } };
/** What every measured change carries: sender, its sequence number, send time (monotonic ms). */
interface Stamp {
  p: number;
  s: number;
  t: number;
}
/**
 * A cursor stamp also says which of the sender's states were sent inside the window: from `f`
 * (first) to `l` (last; known once the window is over). A receiver that skips states (the server
 * replaced them by newer ones) can so tell exactly how many measured states were coalesced.
 */
interface CursorStamp extends Stamp {
  f?: number;
  l?: number;
}
interface CursorState {
  user: { id: string; name: string; color: string; role: "participant" };
  cursor: { x: number; y: number } | null;
  bench?: CursorStamp;
}

/** monitorEventLoopDelay reports the timer period plus the delay; we subtract the period. */
const ELD_RESOLUTION_MS = 10;
const send = (m: ParticipantsMessage) => process.send?.(m);

let window = { from: Number.POSITIVE_INFINITY, until: Number.POSITIVE_INFINITY };
const inWindow = (t: number) => t >= window.from && t < window.until;

const notesHist = new Histogram();
const cursorsHist = new Histogram();
const counters = {
  notesSent: 0,
  cursorsSent: 0,
  cursorsSuperseded: 0,
  framesIn: 0,
  bytesIn: 0,
  framesOut: 0,
  bytesOut: 0,
  disconnects: 0,
};
const rooms: Record<string, { participants: number; notesSent: number; cursorsSent: number }> = {};
let measuring = false;
const eld = monitorEventLoopDelay({ resolution: ELD_RESOLUTION_MS });

/** One entry of the board's `records` array, as y-utility's YKeyValue stores it. */
type Entry = { key: string; val: Note };

/**
 * Exactly `YKeyValue.set` (y-utility 0.1.4): in one transaction, delete the key's current entry and
 * push the new one. Same Yjs operations, so the same bytes on the wire, but without a YKeyValue
 * instance: its observer rebuilds `yarray.toArray()` on every remote update, O(notes) per update
 * per client, which made 200 simulated clients on 2 cores CPU-bound on bookkeeping the server
 * never sees. (Its conflict clean-up only writes when two clients set the same key concurrently;
 * every simulated participant edits only its own notes.)
 */
function setRecord(records: Y.Array<Entry>, key: string, val: Note): void {
  records.doc?.transact(() => {
    let i = 0;
    for (const entry of records) {
      if (entry.key === key) {
        records.delete(i);
        break;
      }
      i++;
    }
    records.push([{ key, val }]);
  });
}

class Participant {
  readonly records: Y.Array<Entry>;
  private readonly rand;
  private readonly mine: Note[] = [];
  private noteSeq = 0;
  private cursorSeq = 0;
  private cursor = { x: 0, y: 0 };
  private moving = true;
  private readonly timers: NodeJS.Timeout[] = [];
  /** Last cursor sequence number seen from each other participant. */
  private readonly lastCursorSeq = new Map<number, number>();
  private firstCursorInWindow: number | undefined;
  private lastCursorInWindow: number | undefined;
  private readonly state: CursorState;

  private readonly room: { participants: number; notesSent: number; cursorsSent: number };

  constructor(
    readonly index: number,
    readonly client: BenchClient,
    private readonly cfg: ParticipantsConfig,
    roomId: string,
  ) {
    rooms[roomId] ??= { participants: 0, notesSent: 0, cursorsSent: 0 };
    this.room = rooms[roomId];
    this.room.participants++;
    this.rand = prng(cfg.seed * 100_003 + index);
    this.records = client.doc.getArray<Entry>(BOARD.records);
    this.cursor = { x: this.rand.int(4000), y: this.rand.int(3000) };
    this.state = {
      user: { id: `p${index}`, name: `Deelnemer ${index}`, color: "#0b7285", role: "participant" },
      cursor: null,
    };
    client.provider.awareness.setLocalState(this.state);
    this.records.observe(this.onNotes);
    client.provider.awareness.on("change", this.onPresence);
    client.provider.on("status", ({ status }: { status: string }) => {
      if (status === "disconnected" && measuring) counters.disconnects++;
      if (status === "connected") this.countFrames();
    });
    this.countFrames();
  }

  /** Counts the frames of the provider's current socket, both ways. */
  private countFrames(): void {
    const ws = this.client.provider.ws as unknown as WebSocket | null;
    if (!ws || (ws as unknown as { benchCounted?: boolean }).benchCounted) return;
    (ws as unknown as { benchCounted?: boolean }).benchCounted = true;
    ws.addEventListener("message", (e) => {
      if (!measuring) return;
      counters.framesIn++;
      counters.bytesIn += (e.data as ArrayBuffer).byteLength;
    });
    const original = ws.send.bind(ws);
    ws.send = ((data: Uint8Array) => {
      if (measuring) {
        counters.framesOut++;
        counters.bytesOut += data.byteLength;
      }
      original(data);
    }) as typeof ws.send;
  }

  start(): void {
    const [lo, hi] = this.cfg.noteEveryMs;
    const nextNote = () => {
      this.timers[0] = setTimeout(
        () => {
          this.changeNote();
          nextNote();
        },
        lo + this.rand.next() * (hi - lo),
      );
    };
    // Spread the first edits over one interval so participants are not in lockstep.
    this.timers[0] = setTimeout(() => {
      this.changeNote();
      nextNote();
    }, this.rand.next() * hi);
    const period = 1000 / this.cfg.cursorHz;
    this.timers[1] = setTimeout(() => {
      this.timers[2] = setInterval(() => this.moveCursor(), period);
    }, this.rand.next() * period);
    if (this.cfg.cursorProfile === "workshop") {
      // Moving in bursts of 2–6 s (mean 4 s), still in between for a mean of 4 s·(1 − d)/d, so a
      // fraction d of the participants moves its cursor at any moment.
      const d = this.cfg.movingFraction;
      const stillMean = (4000 * (1 - d)) / d;
      this.moving = this.rand.next() < d;
      const toggle = () => {
        this.moving = !this.moving;
        const ms = this.moving ? 2000 + this.rand.next() * 4000 : stillMean * (0.5 + this.rand.next());
        this.timers[3] = setTimeout(toggle, ms);
      };
      this.timers[3] = setTimeout(toggle, this.rand.next() * (this.moving ? 4000 : stillMean));
    }
  }

  stop(): void {
    for (const t of this.timers) clearTimeout(t);
    // One more state after the window, so receivers learn `l` even if our last one was coalesced.
    this.publishCursor();
  }

  /** Each own note's id with the sequence number of its last change. */
  finalNotes(): [string, number][] {
    return this.mine.map((n) => [n.id, n.meta.bench?.s ?? 0]);
  }

  private stamp(seq: number): Stamp {
    return { p: this.index, s: seq, t: nowMs() };
  }

  private changeNote(): void {
    const r = this.rand.next();
    let note: Note;
    const existing = this.mine.length > 0 ? this.rand.pick(this.mine) : undefined;
    if (!existing || (this.mine.length < 6 && r < 0.35)) {
      const id = `shape:p${this.index}-${this.mine.length}`;
      note = noteRecord(
        id,
        `Idee ${this.mine.length} van ${this.index}`,
        this.rand.int(4000),
        this.rand.int(3000),
      );
      note.meta = { ...note.meta, authorId: `p${this.index}`, authorName: `Deelnemer ${this.index}` };
      this.mine.push(note);
    } else if (r < 0.65) {
      note = {
        ...existing,
        x: existing.x + this.rand.int(200) - 100,
        y: existing.y + this.rand.int(200) - 100,
      };
    } else {
      const words = ["groen", "speelplek", "bankje", "ontmoeten", "veilig", "licht", "buurthuis"];
      const text =
        `${existing.props.richText.content[0]?.content[0]?.text ?? ""} ${this.rand.pick(words)}`.slice(-160);
      note = noteRecord(existing.id, text, existing.x, existing.y);
      note.meta = existing.meta;
    }
    const seq = ++this.noteSeq;
    const stamped: Note = { ...note, meta: { ...note.meta, bench: this.stamp(seq) } };
    this.mine[this.mine.findIndex((n) => n.id === stamped.id)] = stamped;
    if (inWindow(stamped.meta.bench?.t ?? 0)) {
      counters.notesSent++;
      this.room.notesSent++;
    }
    setRecord(this.records, stamped.id, stamped);
  }

  private moveCursor(): void {
    if (!this.moving) return;
    this.cursor = {
      x: Math.round(this.cursor.x + this.rand.int(41) - 20),
      y: Math.round(this.cursor.y + this.rand.int(41) - 20),
    };
    this.publishCursor();
  }

  private publishCursor(): void {
    const bench: CursorStamp = this.stamp(++this.cursorSeq);
    if (inWindow(bench.t)) {
      counters.cursorsSent++;
      this.room.cursorsSent++;
      this.firstCursorInWindow ??= bench.s;
      this.lastCursorInWindow = bench.s;
    }
    bench.f = this.firstCursorInWindow;
    if (bench.t >= window.until) bench.l = this.lastCursorInWindow ?? 0;
    // One awareness change, like the client's setLocalStateField("cursor", …) but with the stamp.
    this.client.provider.awareness.setLocalState({ ...this.state, cursor: this.cursor, bench });
  }

  /** Remote changes only: a set arrives as the insert of its new entry (plus the old one's delete). */
  private readonly onNotes = (event: Y.YArrayEvent<Entry>, tr: Y.Transaction): void => {
    if (tr.local) return;
    const now = nowMs();
    for (const item of event.changes.added) {
      for (const entry of item.content.getContent() as Entry[]) {
        const bench = entry.val.meta.bench;
        if (!bench || bench.p === this.index || !inWindow(bench.t)) continue;
        notesHist.add(now - bench.t);
      }
    }
  };

  private readonly onPresence = ({ added, updated }: { added: number[]; updated: number[] }): void => {
    const now = nowMs();
    const states = this.client.provider.awareness.getStates();
    for (const id of [...added, ...updated]) {
      if (id === this.client.doc.clientID) continue;
      const bench = (states.get(id) as CursorState | undefined)?.bench;
      if (!bench) continue;
      const last = this.lastCursorSeq.get(id) ?? 0;
      this.lastCursorSeq.set(id, bench.s);
      // States between the last one seen and this one were replaced before they reached us (the
      // server coalesces presence): count those the sender sent inside the window.
      if (bench.f !== undefined) {
        const from = Math.max(last + 1, bench.f);
        const to = Math.min(bench.s - 1, bench.l ?? Number.POSITIVE_INFINITY);
        if (to >= from) counters.cursorsSuperseded += to - from + 1;
      }
      if (!inWindow(bench.t)) continue;
      cursorsHist.add(now - bench.t);
    }
  };
}

/** A real provider set up as the app sets up its own (createSessionSync). */
function connectAsTheApp(target: RoomTarget): BenchClient {
  const server = { wsUrl: (_sessionId: string) => target.wsBase };
  const client = connectClient(server, target.sessionId, "board", target.token);
  // A stock provider would send every presence change it hears back to the server; no browser of ours does.
  sendOwnPresenceOnly(client.provider);
  return client;
}

/** Connects participant `index`, waits until it has synced, and adds it to the room's participants. */
async function connectParticipant(
  cfg: ParticipantsConfig,
  index: number,
  target: RoomTarget = cfg.target,
): Promise<Participant> {
  const client: BenchClient =
    cfg.light && !cfg.probe
      ? connectLightClient(target.wsBase, "board", target.token)
      : connectAsTheApp(target);
  await client.synced();
  client.doc.getMap(BOARD.participants).set(`p${index}`, {
    name: `Deelnemer ${index}`,
    color: "#0b7285",
    joinedAt: new Date().toISOString(),
  });
  return new Participant(index, client, cfg, target.sessionId);
}

const participants: Participant[] = [];
let config: ParticipantsConfig | null = null;

process.on("message", async (m: ParticipantsConfig | ConnectMessage | StartMessage | { type: "exit" }) => {
  try {
    if (m.type === "config") {
      // Load participants yield the CPU to the server and the probes (see participantProtocol.ts).
      config = m;
      if (!m.probe) setPriority(10);
      send({ type: "ready" });
    } else if (m.type === "connect") {
      if (!config) throw new Error("connect before config");
      participants.push(await connectParticipant(config, m.index, m.target));
      send({ type: "connected", index: m.index });
    } else if (m.type === "start") {
      window = { from: m.measureFrom, until: m.measureUntil };
      for (const p of participants) p.start();
      await sleep(Math.max(0, m.measureFrom - nowMs()));
      measuring = true;
      eld.enable();
      await sleep(Math.max(0, m.measureUntil - nowMs()));
      for (const p of participants) p.stop();
      measuring = false;
      // A process more than a window behind recorded no delay at all: report how late it is.
      const lateness = nowMs() - m.measureUntil;
      const eldP99 = Math.max(lateness, eld.percentile(99) / 1e6 - ELD_RESOLUTION_MS);
      const eldMax = Math.max(0, eld.max / 1e6 - ELD_RESOLUTION_MS);
      eld.disable();
      await sleep(m.drainMs);
      send({
        type: "result",
        probe: config?.probe ?? false,
        participants: participants.length,
        notes: notesHist.toData(),
        cursors: cursorsHist.toData(),
        ...counters,
        eldP99,
        eldMax,
        rooms,
        finalNotes: Object.fromEntries(participants.flatMap((p) => p.finalNotes())),
      });
    } else if (m.type === "exit") {
      for (const p of participants) p.client.destroy();
      setTimeout(() => process.exit(0), 200).unref();
    }
  } catch (err) {
    send({ type: "error", message: err instanceof Error ? (err.stack ?? err.message) : String(err) });
    process.exit(1);
  }
});
process.on("disconnect", () => process.exit(0));
