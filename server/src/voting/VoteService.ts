import { createHash, randomBytes } from "node:crypto";
import {
  type BallotRequest,
  BOARD,
  CONTROL,
  type EndedVoteRound,
  type MyVotesResponse,
  NoteMetaSchema,
  type StartVoteRequest,
  VOTE_KEYS,
  type VoteRound,
  type VoteRoundResponse,
  VoteRoundSchema,
  type WorksheetDefinition,
  type WorksheetPlacement,
  WorksheetPlacementSchema,
} from "@wijkbord/shared";
import { getWorksheet, shownParts } from "@wijkbord/worksheets";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import * as Y from "yjs";
import type { Storage } from "../storage/Storage.ts";
import type { BallotRefusal } from "../storage/VoteStore.ts";
import type { Room } from "../sync/Room.ts";
import type { RoomRegistry } from "../sync/RoomRegistry.ts";
import { VoteError } from "./VoteError.ts";

const REFUSALS: Record<BallotRefusal, [ContentfulStatusCode, string]> = {
  no_vote_running: [409, "no vote is running"],
  vote_changed: [409, "that vote has ended; another one is running now"],
  voter_mismatch: [409, "this participant already votes with another voter secret in this round"],
  no_votes_left: [409, "no votes left in this round"],
  max_per_note: [409, "at most one vote per note in this round"],
  nothing_to_take_back: [409, "you have no vote on this note to take back"],
};

function refusal(reason: BallotRefusal): VoteError {
  const [status, message] = REFUSALS[reason];
  return new VoteError(status, reason, message);
}

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * The board's note records by id, read from the YKeyValue array directly (last entry of a key
 * wins): constructing a YKeyValue would write to the document. The facilitator's locked notes
 * (the control document's `lockedRecords`) count too, and win over a board copy of their id.
 */
function notesOf(board: Y.Doc, control: Y.Doc): Map<string, Rec> {
  const notes = new Map<string, Rec>();
  const entries = [
    ...board.getArray<unknown>(BOARD.records).toArray(),
    ...control.getArray<unknown>(CONTROL.lockedRecords).toArray(),
  ];
  for (const entry of entries) {
    if (!isRec(entry) || typeof entry.key !== "string") continue;
    const val = entry.val;
    if (isRec(val) && val.typeName === "shape" && val.type === "note") notes.set(entry.key, val);
    else notes.delete(entry.key);
  }
  return notes;
}

/** Whether a note sits in the round's worksheet (and zone), by the meta the app keeps up to date. */
function inScope(note: Rec, round: VoteRound): boolean {
  const meta = NoteMetaSchema.safeParse(note.meta);
  if (!meta.success || meta.data.worksheet !== round.instanceId) return false;
  return round.zoneId === null || meta.data.zone === round.zoneId;
}

/** The session's placement of worksheet instance `instanceId` (the control document's live layout). */
function placementOf(control: Y.Doc, instanceId: string): WorksheetPlacement | undefined {
  for (const raw of control.getArray<unknown>(CONTROL.worksheets).toArray()) {
    const p = WorksheetPlacementSchema.safeParse(raw);
    if (p.success && p.data.instanceId === instanceId) return p.data;
  }
  return undefined;
}

/** The board's `cardCounts`: which addable cards (speelruimte's cards 5–8) each worksheet shows. */
const cardCountsOf = (board: Y.Doc) => board.getMap<unknown>(BOARD.cardCounts).toJSON();

/** Why a zone of the session's worksheet `instanceId` cannot be voted on now, or null when it can. */
function hiddenZoneError(
  def: WorksheetDefinition,
  instanceId: string,
  zoneId: string,
  board: Y.Doc,
): VoteError | null {
  if (!def.zones.some((z) => z.id === zoneId)) return null;
  if (shownParts(def, instanceId, cardCountsOf(board)).zones.some((z) => z.id === zoneId)) return null;
  return new VoteError(
    400,
    "zone_not_shown",
    `zone ${zoneId} of worksheet ${instanceId} is on a card that is not shown yet; add the card first`,
  );
}

/** A note whose `meta.zone` is on a card the session does not show (written by a script, or the count lowered since). */
function noteZoneHidden(control: Y.Doc, board: Y.Doc, note: Rec): VoteError | null {
  const meta = NoteMetaSchema.safeParse(note.meta);
  if (!meta.success || meta.data.worksheet === null || meta.data.zone === null) return null;
  const { worksheet, zone } = meta.data;
  const placement = placementOf(control, worksheet);
  const def = placement ? getWorksheet(placement.worksheetId) : undefined;
  return def ? hiddenZoneError(def, worksheet, zone, board) : null;
}

const sha256 = (...parts: string[]) => new Uint8Array(createHash("sha256").update(parts.join("\0")).digest());

/**
 * Dot voting, enforced by the server. Rounds, ballots and counts live in `storage.votes`; the
 * public state (round, votes left per participant, totals after the end) is mirrored into the
 * control document's `CONTROL.vote` map as the server's own change. Ballots are stored under a
 * per-round hash of the voter's secret, never next to a participant id.
 */
export class VoteService {
  constructor(
    private readonly storage: Storage,
    private readonly rooms: RoomRegistry,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** A change to the session's control document, loading its room when needed. */
  private async changeControl(sessionId: string, fn: (doc: Y.Doc) => void): Promise<void> {
    const doc = "control";
    const room = await this.rooms.acquire({ sessionId, doc });
    try {
      await room.serverChange(fn);
    } catch {
      // The room was being unloaded: the next acquire gives a freshly loaded one.
      await (await this.rooms.acquire({ sessionId, doc })).serverChange(fn);
    }
  }

  private board(sessionId: string): Promise<Room> {
    return this.rooms.acquire({ sessionId, doc: "board" });
  }

  async start(sessionId: string, req: StartVoteRequest): Promise<VoteRoundResponse> {
    const control = await this.rooms.acquire({ sessionId, doc: "control" });
    const placement = placementOf(control.doc, req.instanceId);
    if (!placement) {
      throw new VoteError(400, "unknown_worksheet", `no worksheet ${req.instanceId} in this session`);
    }
    const def = getWorksheet(placement.worksheetId);
    if (req.zoneId !== null) {
      if (!def?.zones.some((z) => z.id === req.zoneId)) {
        throw new VoteError(400, "unknown_zone", `worksheet ${req.instanceId} has no zone ${req.zoneId}`);
      }
      const hidden = hiddenZoneError(def, req.instanceId, req.zoneId, (await this.board(sessionId)).doc);
      if (hidden) throw hidden;
    }
    const round: VoteRound = {
      id: randomBytes(12).toString("base64url"),
      instanceId: req.instanceId,
      zoneId: req.zoneId,
      votesPerPerson: req.votesPerPerson,
      maxPerNote: req.maxPerNote,
      status: "running",
      startedAt: this.now().toISOString(),
      endedAt: null,
    };
    if (!(await this.storage.votes.startRound(sessionId, round))) {
      throw new VoteError(409, "vote_running", "a vote is already running; end it first");
    }
    await this.changeControl(sessionId, (doc) => {
      const vote = doc.getMap<unknown>(CONTROL.vote);
      vote.set(VOTE_KEYS.round, round);
      vote.delete(VOTE_KEYS.results);
      vote.set(VOTE_KEYS.remaining, new Y.Map<number>());
    });
    return { round };
  }

  async ballot(sessionId: string, req: BallotRequest): Promise<MyVotesResponse> {
    const board = await this.board(sessionId);
    if (!board.doc.getMap<unknown>(BOARD.participants).has(req.participantId)) {
      throw new VoteError(400, "unknown_participant", "participantId is not a participant of this session");
    }
    const round = await this.storage.votes.runningRound(sessionId);
    if (!round) throw refusal("no_vote_running");
    if (req.delta === 1) {
      // Taking a vote back is always allowed (the note may have moved or been deleted since).
      const control = await this.rooms.acquire({ sessionId, doc: "control" });
      const note = notesOf(board.doc, control.doc).get(req.noteId);
      if (!note) throw new VoteError(400, "unknown_note", `no note ${req.noteId} on the board`);
      if (!inScope(note, round)) {
        throw new VoteError(
          400,
          "note_outside_vote",
          "this note is not on the worksheet or zone of the vote",
        );
      }
      const hidden = noteZoneHidden(control.doc, board.doc, note);
      if (hidden) throw hidden;
    }
    const outcome = await this.storage.votes.castBallot(
      {
        sessionId,
        roundId: round.id,
        voterHash: sha256("wijkbord/vote/ballot", round.id, req.voterSecret),
        participantId: req.participantId,
        binding: sha256("wijkbord/vote/voter", round.id, req.participantId, req.voterSecret),
        noteId: req.noteId,
        delta: req.delta,
      },
      req.roundId ? { expectedRoundId: req.roundId } : {},
    );
    if (!outcome.ok) throw refusal(outcome.reason);
    await this.changeControl(sessionId, (doc) => {
      const remaining = doc.getMap<unknown>(CONTROL.vote).get(VOTE_KEYS.remaining);
      if (remaining instanceof Y.Map) remaining.set(req.participantId, outcome.participantRemaining);
    });
    return { roundId: round.id, remaining: outcome.remaining, mine: outcome.mine };
  }

  /**
   * Heals a control document that disagrees with storage: a round shown as running that storage
   * does not run (a session restored from a backup mid-vote, or a crash between the two writes)
   * is shown as ended without totals; a running round the document lacks is shown.
   */
  private async reconcile(sessionId: string, running: VoteRound | undefined): Promise<void> {
    const control = await this.rooms.acquire({ sessionId, doc: "control" });
    const shown = VoteRoundSchema.safeParse(control.doc.getMap<unknown>(CONTROL.vote).get(VOTE_KEYS.round));
    const shownRunning = shown.success && shown.data.status === "running" ? shown.data : undefined;
    if (shownRunning?.id === running?.id) return;
    await this.changeControl(sessionId, (doc) => {
      const vote = doc.getMap<unknown>(CONTROL.vote);
      if (running) {
        vote.set(VOTE_KEYS.round, running);
        vote.delete(VOTE_KEYS.results);
        if (!(vote.get(VOTE_KEYS.remaining) instanceof Y.Map))
          vote.set(VOTE_KEYS.remaining, new Y.Map<number>());
      } else if (shownRunning) {
        vote.set(VOTE_KEYS.round, { ...shownRunning, status: "ended", endedAt: this.now().toISOString() });
        vote.set(VOTE_KEYS.results, {});
        vote.delete(VOTE_KEYS.remaining);
      }
    });
  }

  async mine(sessionId: string, voterSecret: string): Promise<MyVotesResponse> {
    const round = await this.storage.votes.runningRound(sessionId);
    await this.reconcile(sessionId, round);
    if (!round) return { roundId: null, remaining: null, mine: {} };
    const mine = await this.storage.votes.myBallots(
      sessionId,
      round.id,
      sha256("wijkbord/vote/ballot", round.id, voterSecret),
    );
    const used = Object.values(mine).reduce((a, b) => a + b, 0);
    return { roundId: round.id, remaining: round.votesPerPerson - used, mine };
  }

  async end(sessionId: string): Promise<VoteRoundResponse> {
    const running = await this.storage.votes.runningRound(sessionId);
    if (!running) throw refusal("no_vote_running");
    const board = await this.board(sessionId);
    const control = await this.rooms.acquire({ sessionId, doc: "control" });
    const scope = [...notesOf(board.doc, control.doc)]
      .filter(([, n]) => inScope(n, running))
      .map(([id]) => id);
    const ended = await this.storage.votes.endRound(sessionId, this.now().toISOString(), scope);
    if (!ended) throw refusal("no_vote_running");
    const record: EndedVoteRound = {
      ...ended.round,
      status: "ended",
      endedAt: ended.round.endedAt ?? "",
      results: ended.results,
    };
    await this.changeControl(sessionId, (doc) => {
      const vote = doc.getMap<unknown>(CONTROL.vote);
      vote.set(VOTE_KEYS.round, ended.round);
      vote.set(VOTE_KEYS.results, ended.results);
      // Deleting the map (not its entries) lets Yjs drop the participant ids from the document.
      vote.delete(VOTE_KEYS.remaining);
      let history = vote.get(VOTE_KEYS.ended);
      if (!(history instanceof Y.Array)) {
        history = new Y.Array<EndedVoteRound>();
        vote.set(VOTE_KEYS.ended, history);
      }
      (history as Y.Array<EndedVoteRound>).push([record]);
    });
    return { round: ended.round, results: ended.results };
  }
}
