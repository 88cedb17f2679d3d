import { CONTROL, type EndedVoteRound, FACILITATION, VOTE_KEYS, type VoteRound } from "@wijkbord/shared";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { clearLiveFacilitation } from "./clearLiveFacilitation.ts";

const round = (id: string, status: "running" | "ended"): VoteRound => ({
  id,
  instanceId: "gedeeld-verhaal",
  zoneId: null,
  votesPerPerson: 3,
  maxPerNote: null,
  status,
  startedAt: "2026-12-01T10:00:00.000Z",
  endedAt: status === "ended" ? "2026-12-01T10:05:00.000Z" : null,
});

/** A control document in the middle of a session: timer, summons, toolbar, and `vote` as given. */
function controlDoc(vote: (map: Y.Map<unknown>) => void): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap(CONTROL.session).set("title", "Werksessie");
  const facilitation = doc.getMap<unknown>(CONTROL.facilitation);
  facilitation.set(FACILITATION.timer, { status: "running", endsAt: 1_000, durationMs: 60_000 });
  facilitation.set(FACILITATION.summons, {
    id: "s1",
    by: "p1",
    bounds: { x: 0, y: 0, w: 10, h: 10 },
    at: 1,
    worksheet: null,
  });
  facilitation.set(FACILITATION.participantToolbar, "full");
  vote(doc.getMap<unknown>(CONTROL.vote));
  return Y.encodeStateAsUpdate(doc);
}

function read(state: Uint8Array) {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  return {
    facilitation: doc.getMap(CONTROL.facilitation).toJSON(),
    vote: doc.getMap(CONTROL.vote).toJSON(),
    title: doc.getMap(CONTROL.session).get("title"),
  };
}

describe("clearLiveFacilitation", () => {
  it("drops the timer, the summons and a running round, keeping the settings and the last ended round", () => {
    const earlier: EndedVoteRound = {
      ...round("r1", "ended"),
      status: "ended",
      endedAt: "x",
      results: { a: 2 },
    };
    const state = controlDoc((vote) => {
      const ended = new Y.Array<unknown>();
      ended.push([earlier]);
      vote.set(VOTE_KEYS.ended, ended);
      vote.set(VOTE_KEYS.round, round("r2", "running"));
      const remaining = new Y.Map<number>();
      remaining.set("p1", 1);
      vote.set(VOTE_KEYS.remaining, remaining);
    });
    const after = read(clearLiveFacilitation(state));
    expect(after.facilitation).toEqual({ participantToolbar: "full" });
    const { results, ...lastRound } = earlier;
    expect(after.vote).toEqual({ ended: [earlier], round: lastRound, results });
    expect(after.title).toBe("Werksessie");
  });

  it("drops a running first round altogether, and keeps an ended round with its totals", () => {
    const running = read(
      clearLiveFacilitation(controlDoc((vote) => vote.set(VOTE_KEYS.round, round("r1", "running")))),
    );
    expect(running.vote).toEqual({});
    const ended = read(
      clearLiveFacilitation(
        controlDoc((vote) => {
          vote.set(VOTE_KEYS.round, round("r1", "ended"));
          vote.set(VOTE_KEYS.results, { a: 1 });
        }),
      ),
    );
    expect(ended.vote).toEqual({ round: round("r1", "ended"), results: { a: 1 } });
  });
});
