import {
  CONTROL,
  type EndedVoteRound,
  EndedVoteRoundSchema,
  type Role,
  type StartVoteRequest,
  VOTE_KEYS,
  type VoteResults,
  VoteResultsSchema,
  type VoteRound,
  VoteRoundSchema,
} from "@wijkbord/shared";
import { atom, computed, type Signal } from "tldraw";
import * as Y from "yjs";
import { ApiRequestError } from "../app/apiClient.ts";
import type { VoteApi } from "./voteApi.ts";

/** The public state of the vote, as the server wrote it into the control document. */
export interface VoteView {
  /** The running round, or the last one that ended; null before the first. */
  round: VoteRound | null;
  /** Participant id → votes left, while the round runs (a missing id has all its votes). */
  remaining: Readonly<Record<string, number>>;
  /** Note id → total, once the round ended. */
  results: VoteResults | null;
}

export interface VoteFailure {
  code?: string;
  message: string;
}

/** Everything the voting UI needs for one open board. */
export interface Voting {
  readonly selfId: string;
  readonly canVote: boolean;
  readonly canManage: boolean;
  readonly view: Signal<VoteView>;
  /** Every ended round of the session, oldest first (the control doc's `vote.ended`). */
  readonly ended: Signal<readonly EndedVoteRound[]>;
  /** My votes in the running round, note id → count (from the server; nobody else sees them). */
  readonly mine: Signal<Readonly<Record<string, number>>>;
  /** Votes I have left in the running round; null when no round runs. */
  readonly myRemaining: Signal<number | null>;
  readonly failure: Signal<VoteFailure | null>;
  vote(noteId: string, delta: 1 | -1): Promise<void>;
  start(config: StartVoteRequest): Promise<boolean>;
  end(): Promise<boolean>;
  dismissFailure(): void;
  dispose(): void;
}

/** Reads `CONTROL.vote`; anything that does not parse counts as absent. */
export function readVoteView(control: Y.Doc): VoteView {
  const vote = control.getMap<unknown>(CONTROL.vote);
  const round = VoteRoundSchema.safeParse(vote.get(VOTE_KEYS.round));
  const remainingMap = vote.get(VOTE_KEYS.remaining);
  const remaining: Record<string, number> = {};
  if (round.success && round.data.status === "running" && remainingMap instanceof Y.Map) {
    for (const [id, n] of remainingMap.entries()) if (typeof n === "number") remaining[id] = n;
  }
  const results = VoteResultsSchema.safeParse(vote.get(VOTE_KEYS.results));
  return {
    round: round.success ? round.data : null,
    remaining,
    results: round.success && round.data.status === "ended" && results.success ? results.data : null,
  };
}

/** `CONTROL.vote`'s ended rounds, oldest first; entries that do not parse are skipped. */
export function readEndedRounds(control: Y.Doc): EndedVoteRound[] {
  const ended = control.getMap<unknown>(CONTROL.vote).get(VOTE_KEYS.ended);
  if (!(ended instanceof Y.Array)) return [];
  return ended.toArray().flatMap((raw) => {
    const round = EndedVoteRoundSchema.safeParse(raw);
    return round.success ? [round.data] : [];
  });
}

const failureOf = (err: unknown): VoteFailure =>
  err instanceof ApiRequestError
    ? { ...(err.code ? { code: err.code } : {}), message: err.message }
    : { message: err instanceof Error ? err.message : String(err) };

/**
 * Binds the vote to the control document (live public state) and the vote API (my ballots).
 * Ballots are sent one after another, in click order.
 */
export function openVoting(opts: {
  control: Y.Doc;
  api: VoteApi;
  voterSecret: string;
  self: { id: string; role: Role };
}): Voting {
  const { control, api, voterSecret, self } = opts;
  const canVote = self.role !== "viewer";
  const view = atom<VoteView>("wijkbord.vote", readVoteView(control), {
    isEqual: (a, b) => JSON.stringify(a) === JSON.stringify(b),
  });
  // Compared by round ids only: an ended round never changes, and a long history stays cheap.
  const ended = atom<readonly EndedVoteRound[]>("wijkbord.vote.ended", readEndedRounds(control), {
    isEqual: (a: readonly EndedVoteRound[], b: readonly EndedVoteRound[]) =>
      a.length === b.length && a.every((r, i) => r.id === b[i]?.id),
  });
  const mine = atom<Record<string, number>>("wijkbord.vote.mine", {});
  const failure = atom<VoteFailure | null>("wijkbord.vote.failure", null);
  /** Round whose ballots `mine` holds. */
  let mineRound: string | null = null;
  let queue: Promise<void> = Promise.resolve();
  let disposed = false;

  const refreshMine = (round: VoteRound | null) => {
    const running = round?.status === "running" ? round.id : null;
    if (running === mineRound) return;
    mineRound = running;
    mine.set({});
    if (!running || !canVote) return;
    queue = queue.then(() =>
      api.mine(voterSecret).then(
        (r) => {
          if (!disposed && r.roundId === mineRound) mine.set(r.mine);
        },
        (err: unknown) => {
          failure.set(failureOf(err));
        },
      ),
    );
  };

  const vote = control.getMap<unknown>(CONTROL.vote);
  const onChange = () => {
    const next = readVoteView(control);
    view.set(next);
    ended.set(readEndedRounds(control));
    refreshMine(next.round);
  };
  vote.observeDeep(onChange);
  refreshMine(view.get().round);

  const myRemaining = computed("wijkbord.vote.myRemaining", () => {
    const { round, remaining } = view.get();
    if (round?.status !== "running") return null;
    return remaining[self.id] ?? round.votesPerPerson;
  });

  async function manage(run: () => Promise<unknown>): Promise<boolean> {
    try {
      await run();
      failure.set(null);
      return true;
    } catch (err) {
      failure.set(failureOf(err));
      return false;
    }
  }

  return {
    selfId: self.id,
    canVote,
    canManage: self.role === "facilitator",
    view,
    ended,
    mine,
    myRemaining,
    failure,
    vote(noteId, delta) {
      const roundId = mineRound;
      if (!roundId || !canVote) return Promise.resolve();
      queue = queue.then(() =>
        api.ballot({ voterSecret, participantId: self.id, noteId, delta, roundId }).then(
          (r) => {
            if (disposed || r.roundId !== mineRound) return;
            mine.set(r.mine);
            failure.set(null);
          },
          (err: unknown) => {
            failure.set(failureOf(err));
          },
        ),
      );
      return queue;
    },
    start: (config) => manage(() => api.start(config)),
    end: () => manage(() => api.end()),
    dismissFailure: () => failure.set(null),
    dispose() {
      disposed = true;
      vote.unobserveDeep(onChange);
    },
  };
}
