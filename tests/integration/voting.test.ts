import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { BOARD, CONTROL, membersPaths, type Role, VOTE_KEYS, votePath } from "@wijkbord/shared";
import { getWorksheet, layoutSession } from "@wijkbord/worksheets";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { parseCsv } from "../fixtures/parseCsv.ts";
import { resync, roundTrip } from "./support/connectClient.ts";
import { type Member, postJson, registerMember } from "./support/members.ts";
import { noteRecord } from "./support/noteRecord.ts";
import { serverFixture } from "./support/serverFixture.ts";
import { createSession, type TestServer } from "./support/startServer.ts";
import { waitFor } from "./support/waitFor.ts";

/** The slice of better-sqlite3 this test uses, loaded from the server package that depends on it. */
interface ReadOnlyDb {
  prepare(sql: string): { all(): Record<string, unknown>[] };
  close(): void;
}
const SqliteDb = createRequire(new URL("../../server/package.json", import.meta.url))(
  "better-sqlite3",
) as new (
  path: string,
  options: { readonly: boolean },
) => ReadOnlyDb;

const SHEET = "gedeeld-verhaal";
const ZONE = "dromen-omgeving";
const OTHER_ZONE = "dromen-persoonlijk";

/** Page-space top-left for the n-th note inside a zone, with the worksheet placed as the server places it. */
function spotIn(zoneId: string, n: number) {
  const [placement] = layoutSession([SHEET]);
  const zone = getWorksheet(SHEET)?.zones.find((z) => z.id === zoneId);
  if (!placement || !zone) throw new Error(`no zone ${zoneId}`);
  return { x: placement.x + zone.rect.x + 20 + (n % 3) * 210, y: placement.y + zone.rect.y + 60 };
}

/** The JSON of a vote API answer, success or error. */
interface VoteBody {
  error?: { code: string; message: string };
  round?: { id: string };
  results?: Record<string, number>;
  remaining?: number;
  mine?: Record<string, number>;
}

function addNote(doc: Y.Doc, id: string, text: string, zoneId: string, n: number) {
  const { x, y } = spotIn(zoneId, n);
  const meta = { authorId: "author", authorName: "Schrijver", worksheet: SHEET, zone: zoneId };
  const note = { ...noteRecord(id, text, x, y), meta };
  // As YKeyValue stores it: { key, val } entries in the `records` array.
  doc.getArray(BOARD.records).push([{ key: id, val: note }]);
}

function voteState(doc: Y.Doc) {
  const vote = doc.getMap<unknown>(CONTROL.vote);
  const remaining = vote.get(VOTE_KEYS.remaining);
  const ended = vote.get(VOTE_KEYS.ended);
  return {
    round: vote.get(VOTE_KEYS.round) as { id: string; status: string } | undefined,
    remaining: remaining instanceof Y.Map ? (remaining.toJSON() as Record<string, number>) : undefined,
    results: vote.get(VOTE_KEYS.results) as Record<string, number> | undefined,
    ended: ended instanceof Y.Array ? (ended.toJSON() as { results: Record<string, number> }[]) : [],
  };
}

describe("anonymous dot voting, enforced by the server", () => {
  const { start, connect, stopAll } = serverFixture();

  /** A session with three voters, three notes in ZONE and one in OTHER_ZONE, all stored. */
  async function votingSession(server: TestServer) {
    const session = await createSession(server, { title: "Stemmen", wijk: "Atolwijk", worksheets: [SHEET] });
    const board = await connect(server, session.id, "board", session.tokens.facilitator);
    const participants = board.doc.getMap(BOARD.participants);
    // Participants and notes in separate updates, like browsers write them.
    for (const [id, name] of [
      ["p-anna", "Anna"],
      ["p-bram", "Bram"],
      ["p-cas", "Cas"],
    ] as const) {
      participants.set(id, { name, color: "#0b7285", joinedAt: new Date().toISOString() });
    }
    board.doc.transact(() => {
      addNote(board.doc, "shape:n1", "Meer groen", ZONE, 0);
      addNote(board.doc, "shape:n2", "Ontmoetingsplek", ZONE, 1);
      addNote(board.doc, "shape:n3", "Speeltuin", ZONE, 2);
      addNote(board.doc, "shape:out", "Elders", OTHER_ZONE, 0);
    });
    await resync(board);
    // Each browser registers its personal secret with its participant id, as the app does on joining.
    const members: Record<string, Member> = {};
    for (const id of ["p-anna", "p-bram", "p-cas"]) {
      members[id] = await registerMember(server, session.id, session.tokens.participant, id);
    }
    /** A vote API call with a link token (`role`) or a registered participant's credential. */
    const post = async (action: Parameters<typeof votePath>[1], who: Role | Member, body: unknown = {}) => {
      const credential = typeof who === "string" ? session.tokens[who] : who.credential;
      const res = await fetch(`${server.url}${votePath(session.id, action)}`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${credential}` },
        body: JSON.stringify(body),
      });
      return { status: res.status, body: (await res.json()) as VoteBody };
    };
    const secrets = { "p-anna": "a".repeat(32), "p-bram": "b".repeat(32), "p-cas": "c".repeat(32) };
    const vote = (who: keyof typeof secrets, noteId: string, delta: 1 | -1 = 1) =>
      post("ballot", members[who] as Member, {
        voterSecret: secrets[who],
        participantId: who,
        noteId,
        delta,
      });
    return { session, board, post, vote, secrets, members };
  }

  it("3 votes each give the right totals; limits, zone and roles are enforced; the result survives a restart", async () => {
    const server = await start();
    const { session, post, vote, secrets, members } = await votingSession(server);
    const watcher = await connect(server, session.id, "control", session.tokens.participant);

    // Only the facilitator starts and ends.
    const config = { instanceId: SHEET, zoneId: ZONE, votesPerPerson: 3, maxPerNote: null };
    expect((await post("start", "participant", config)).status).toBe(403);
    expect((await post("start", "viewer", config)).status).toBe(403);
    expect((await post("start", "facilitator", { ...config, zoneId: "nope" })).body.error?.code).toBe(
      "unknown_zone",
    );
    const started = await post("start", "facilitator", config);
    expect(started.status).toBe(200);
    expect((await post("start", "facilitator", config)).status).toBe(409);
    await waitFor(() => voteState(watcher.doc).round?.status === "running", { what: "running vote" });

    // Anna: two on n1 and one on n2, then a 4th is refused.
    for (const n of ["shape:n1", "shape:n1", "shape:n2"]) expect((await vote("p-anna", n)).status).toBe(200);
    const fourth = await vote("p-anna", "shape:n3");
    expect(fourth.status).toBe(409);
    expect(fourth.body.error?.code).toBe("no_votes_left");
    // Bram: n1, n3, n3. Cas: not outside the zone, not on a non-note; n2 three times, one back, then n1.
    for (const n of ["shape:n1", "shape:n3", "shape:n3"]) expect((await vote("p-bram", n)).status).toBe(200);
    const outside = await vote("p-cas", "shape:out");
    expect(outside.status).toBe(400);
    expect(outside.body.error?.code).toBe("note_outside_vote");
    expect((await vote("p-cas", "shape:missing")).body.error?.code).toBe("unknown_note");
    for (let i = 0; i < 3; i++) expect((await vote("p-cas", "shape:n2")).status).toBe(200);
    const back = await vote("p-cas", "shape:n2", -1);
    expect(back.body).toMatchObject({ remaining: 1, mine: { "shape:n2": 2 } });
    expect((await vote("p-cas", "shape:n3", -1)).body.error?.code).toBe("nothing_to_take_back");
    expect((await vote("p-cas", "shape:n1")).status).toBe(200);
    // A viewer cannot vote; a second secret for the same participant is refused.
    expect(
      (
        await post("ballot", "viewer", {
          voterSecret: "v".repeat(32),
          participantId: "p-cas",
          noteId: "shape:n1",
          delta: 1,
        })
      ).status,
    ).toBe(403);
    const otherSecret = {
      voterSecret: "x".repeat(32),
      participantId: "p-anna",
      noteId: "shape:n1",
      delta: 1,
    };
    expect((await post("ballot", members["p-anna"] as Member, otherSecret)).body.error?.code).toBe(
      "voter_mismatch",
    );

    // Everyone sees who has votes left, nobody sees totals yet; each voter sees their own votes.
    await waitFor(
      () => {
        const left = voteState(watcher.doc).remaining;
        return left?.["p-anna"] === 0 && left["p-bram"] === 0 && left["p-cas"] === 0;
      },
      { what: "remaining counts" },
    );
    expect(voteState(watcher.doc).results).toBeUndefined();
    const mine = await post("mine", "participant", { voterSecret: secrets["p-anna"] });
    expect(mine.body).toEqual({
      roundId: started.body.round?.id,
      remaining: 0,
      mine: { "shape:n1": 2, "shape:n2": 1 },
    });

    // A participant cannot end the vote, nor write the vote state through the document.
    expect((await post("end", "participant")).status).toBe(403);
    const forger = await connect(server, session.id, "control", session.tokens.participant);
    forger.doc.getMap(CONTROL.vote).set(VOTE_KEYS.results, { "shape:n3": 99 });
    await roundTrip(forger, watcher);
    const serverControl = server.rooms.get({ sessionId: session.id, doc: "control" });
    expect(serverControl?.doc.getMap(CONTROL.vote).get(VOTE_KEYS.results)).toBeUndefined();
    expect(voteState(watcher.doc).results).toBeUndefined();

    // The database holds ballots, but never a voter's participant id next to a note id.
    await serverControl?.flushed();
    const db = new SqliteDb(join(server.dataDir, "wijkbord.sqlite"), { readonly: true });
    try {
      expect(db.prepare("SELECT * FROM vote_ballots").all().length).toBeGreaterThan(0);
      const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all();
      const voters = Object.keys(secrets);
      const notes = ["shape:n1", "shape:n2", "shape:n3"];
      for (const { name } of tables) {
        for (const row of db.prepare(`SELECT * FROM "${String(name)}"`).all()) {
          const text = Object.values(row)
            .map((v) => (v instanceof Uint8Array ? Buffer.from(v).toString("latin1") : String(v)))
            .join("\u0000");
          const hasVoter = voters.some((p) => text.includes(p));
          const hasNote = notes.some((n) => text.includes(n));
          expect(hasVoter && hasNote, `a row of ${String(name)} links a voter to a note`).toBe(false);
          expect(
            Object.values(secrets).some((s) => text.includes(s)),
            "a voter secret is stored",
          ).toBe(false);
        }
      }
    } finally {
      db.close();
    }

    // Ending reveals the totals to everyone and deletes the ballots.
    const ended = await post("end", "facilitator");
    expect(ended.status).toBe(200);
    const totals = { "shape:n1": 4, "shape:n2": 3, "shape:n3": 2 };
    expect(ended.body.results).toEqual(totals);
    await waitFor(() => voteState(watcher.doc).round?.status === "ended", { what: "ended vote" });
    expect(voteState(watcher.doc)).toMatchObject({ remaining: undefined, results: totals });
    expect(voteState(watcher.doc).ended.map((r) => r.results)).toEqual([totals]);
    expect((await vote("p-anna", "shape:n1")).body.error?.code).toBe("no_vote_running");
    expect((await post("end", "facilitator")).status).toBe(409);
    const after = new SqliteDb(join(server.dataDir, "wijkbord.sqlite"), { readonly: true });
    try {
      expect(after.prepare("SELECT * FROM vote_ballots").all()).toEqual([]);
      expect(after.prepare("SELECT * FROM vote_voters").all()).toEqual([]);
    } finally {
      after.close();
    }

    // After a restart on the same data the result is still there, and in the report.
    await stopAll();
    const again = await start({ dataDir: server.dataDir });
    const reader = await connect(again, session.id, "control", session.tokens.viewer);
    expect(voteState(reader.doc)).toMatchObject({ results: totals, round: { status: "ended" } });
    const csv = await fetch(`${again.url}/api/sessions/${session.id}/export/csv`, {
      headers: { authorization: `Bearer ${session.tokens.facilitator}` },
    });
    const rows = parseCsv(await csv.text(), ";");
    const header = rows[0] ?? [];
    const votesCol = header.indexOf("Stemmen");
    const textCol = header.indexOf("Tekst");
    const votesOf = (text: string) => rows.find((r) => r[textCol] === text)?.[votesCol];
    expect(votesOf("Meer groen")).toBe("4");
    expect(votesOf("Speeltuin")).toBe("2");
    expect(votesOf("Elders")).toBe("");
    const pdf = await fetch(`${again.url}/api/sessions/${session.id}/export/pdf`, {
      headers: { authorization: `Bearer ${session.tokens.facilitator}` },
    });
    const pdfFile = join(again.dataDir, "report.pdf");
    writeFileSync(pdfFile, Buffer.from(await pdf.arrayBuffer()));
    const pdfText = execFileSync("pdftotext", ["-enc", "UTF-8", pdfFile, "-"]).toString().replace(/\s+/g, "");
    // Each note's line: text, "— author", and the votes when it had any (whitespace dropped).
    expect(pdfText).toContain("Meergroen—Schrijver·Stemmen:4");
    expect(pdfText).toContain("Speeltuin—Schrijver·Stemmen:2");
    expect(pdfText).not.toContain("Elders—Schrijver·");
  });

  it("binds a ballot to the personal secret its participant registered: nobody votes as another, the real voter is not blocked", async () => {
    const server = await start();
    const { session, board, post, vote, members } = await votingSession(server);
    // Participant ids are public: everyone with the participant link sees them in this map.
    const participants = board.doc.getMap(BOARD.participants);
    for (const [id, name] of [
      ["p-mallory", "Mallory"],
      ["p-fien", "Fien"],
    ] as const) {
      participants.set(id, { name, color: "#0b7285", joinedAt: new Date().toISOString() });
    }
    await resync(board);
    const mallory = await registerMember(server, session.id, session.tokens.participant, "p-mallory");
    const config = { instanceId: SHEET, zoneId: ZONE, votesPerPerson: 3, maxPerNote: null };
    expect((await post("start", "facilitator", config)).status).toBe(200);

    // Mallory (her own credential, or the bare link) and the facilitator link try to vote as Anna.
    const asAnna = { voterSecret: "m".repeat(32), participantId: "p-anna", noteId: "shape:n1", delta: 1 };
    for (const who of [mallory, "participant", "facilitator"] as const) {
      const refused = await post("ballot", who, asAnna);
      expect(refused.status).toBe(403);
      expect(refused.body.error?.code).toBe("not_your_participant");
    }
    // The bare participant link is nobody: not even an id nobody registered.
    const nobody = await post("ballot", "participant", { ...asAnna, participantId: "p-fien" });
    expect(nobody.body.error?.code).toBe("not_your_participant");

    // Nothing of that was counted or bound: Anna votes with her own voter secret as usual.
    expect((await vote("p-anna", "shape:n1")).body).toMatchObject({ remaining: 2, mine: { "shape:n1": 1 } });
    // Everyone votes as themselves: Mallory, the facilitator link as an id no participant registered,
    // and a participant made co-facilitator.
    expect((await post("ballot", mallory, { ...asAnna, participantId: "p-mallory" })).status).toBe(200);
    const fien = { voterSecret: "f".repeat(32), participantId: "p-fien", noteId: "shape:n2", delta: 1 };
    expect((await post("ballot", "facilitator", fien)).status).toBe(200);
    const promote = membersPaths.action(session.id, "p-bram", "promote");
    expect((await postJson(server, promote, session.tokens.facilitator)).status).toBe(200);
    expect((await vote("p-bram", "shape:n3")).status).toBe(200);
    expect(
      (await post("ballot", members["p-bram"] as Member, { ...fien, voterSecret: "b".repeat(32) })).body.error
        ?.code,
    ).toBe("not_your_participant");

    const ended = await post("end", "facilitator");
    expect(ended.body.results).toEqual({ "shape:n1": 2, "shape:n2": 1, "shape:n3": 1 });
  });

  it("keeps a running vote through a restart and enforces at most one vote per note", async () => {
    const server = await start();
    const { session, post, vote, members } = await votingSession(server);
    const config = { instanceId: SHEET, zoneId: null, votesPerPerson: 2, maxPerNote: 1 };
    expect((await post("start", "facilitator", config)).status).toBe(200);
    expect((await vote("p-anna", "shape:out")).status).toBe(200);
    const twice = await vote("p-anna", "shape:out");
    expect(twice.status).toBe(409);
    expect(twice.body.error?.code).toBe("max_per_note");

    await stopAll();
    const again = await start({ dataDir: server.dataDir });
    const post2 = (body: unknown) =>
      fetch(`${again.url}${votePath(session.id, "ballot")}`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          authorization: `Bearer ${members["p-anna"]?.credential}`,
        },
        body: JSON.stringify(body),
      });
    const base = { voterSecret: "a".repeat(32), participantId: "p-anna", delta: 1 };
    expect((await post2({ ...base, noteId: "shape:out" })).status).toBe(409);
    expect((await post2({ ...base, noteId: "shape:n1" })).status).toBe(200);
    expect((await post2({ ...base, noteId: "shape:n2" })).status).toBe(409);
    const watcher = await connect(again, session.id, "control", session.tokens.participant);
    expect(voteState(watcher.doc).remaining).toEqual({ "p-anna": 0 });

    // A backup taken mid-vote restores as a session with no vote running: the copy's control
    // document shows no round at all (none had ended before), and the server runs none either.
    const backup = await fetch(`${again.url}/api/sessions/${session.id}/export/json`, {
      headers: { authorization: `Bearer ${session.tokens.facilitator}` },
    });
    const imported = await fetch(`${again.url}/api/sessions/import`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: await backup.text(),
    });
    expect(imported.status).toBe(201);
    const { id: copyId, links } = (await imported.json()) as { id: string; links: { participant: string } };
    const copyToken = new URLSearchParams(new URL(links.participant).hash.slice(1)).get("token") ?? "";
    const copy = await connect(again, copyId, "control", copyToken);
    expect(voteState(copy.doc)).toEqual({
      round: undefined,
      remaining: undefined,
      results: undefined,
      ended: [],
    });
    const mineInCopy = await fetch(`${again.url}${votePath(copyId, "mine")}`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${copyToken}` },
      body: JSON.stringify({ voterSecret: "a".repeat(32) }),
    });
    expect(await mineInCopy.json()).toEqual({ roundId: null, remaining: null, mine: {} });
    await resync(copy);
    expect(voteState(copy.doc).round).toBeUndefined();

    const res = await fetch(`${again.url}${votePath(session.id, "end")}`, {
      method: "POST",
      headers: { authorization: `Bearer ${session.tokens.facilitator}` },
    });
    expect(((await res.json()) as { results: Record<string, number> }).results).toEqual({
      "shape:n1": 1,
      "shape:n2": 0,
      "shape:n3": 0,
      "shape:out": 1,
    });
  });

  it("refuses a zone of a speelruimte card that is not shown yet, for a round and for a vote", async () => {
    const server = await start();
    const session = await createSession(server, {
      title: "Stemmen",
      wijk: "Atolwijk",
      worksheets: ["speelruimte"],
    });
    const board = await connect(server, session.id, "board", session.tokens.participant);
    board.doc.getMap(BOARD.participants).set("p-anna", { name: "Anna", color: "#0b7285", joinedAt: "" });
    const anna = await registerMember(server, session.id, session.tokens.participant, "p-anna");
    const noteIn = (id: string, zone: string) => {
      const meta = { authorId: "author", authorName: "Schrijver", worksheet: "speelruimte", zone };
      board.doc.getArray(BOARD.records).push([{ key: id, val: { ...noteRecord(id, id), meta } }]);
    };
    // A script can write any zone into a note's meta; the app never puts one on a hidden card.
    noteIn("shape:shown", "stakeholder-1-wel-willen-wel-kunnen");
    noteIn("shape:hidden", "stakeholder-6-wel-willen-wel-kunnen");
    await resync(board);
    const post = async (action: Parameters<typeof votePath>[1], who: Role | Member, body: unknown) => {
      const credential = typeof who === "string" ? session.tokens[who] : who.credential;
      const res = await fetch(`${server.url}${votePath(session.id, action)}`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${credential}` },
        body: JSON.stringify(body),
      });
      return { status: res.status, body: (await res.json()) as VoteBody };
    };
    const round = (zoneId: string | null) => ({
      instanceId: "speelruimte",
      zoneId,
      votesPerPerson: 3,
      maxPerNote: null,
    });
    const vote = (noteId: string) =>
      post("ballot", anna, {
        voterSecret: "a".repeat(32),
        participantId: "p-anna",
        noteId,
        delta: 1,
      });

    // Cards 1–4 are shown, 5–8 not yet: their zones exist in the definition but cannot be voted on.
    const refused = await post("start", "facilitator", round("stakeholder-5-wel-willen-wel-kunnen"));
    expect(refused.status).toBe(400);
    expect(refused.body.error?.code).toBe("zone_not_shown");
    expect(refused.body.error?.message).toMatch(/stakeholder-5-wel-willen-wel-kunnen.*not shown/);

    // Once card 5 is added the same round starts.
    board.doc.getMap(BOARD.cardCounts).set("speelruimte", 5);
    await resync(board);
    expect((await post("start", "facilitator", round("stakeholder-5-wel-willen-wel-kunnen"))).status).toBe(
      200,
    );
    expect((await post("end", "facilitator", {})).status).toBe(200);

    // A round on the whole worksheet: a note on a shown card counts, one on hidden card 6 does not.
    expect((await post("start", "facilitator", round(null))).status).toBe(200);
    expect((await vote("shape:shown")).status).toBe(200);
    const onHidden = await vote("shape:hidden");
    expect(onHidden.status).toBe(400);
    expect(onHidden.body.error?.code).toBe("zone_not_shown");
  });

  it("refuses malformed requests with a clear message", async () => {
    const server = await start();
    const { post } = await votingSession(server);
    const bad = await post("start", "facilitator", { instanceId: SHEET, votesPerPerson: 0 });
    expect(bad.status).toBe(400);
    expect(bad.body.error?.message).toMatch(/votesPerPerson/);
    const badBallot = await post("ballot", "participant", {
      voterSecret: "short",
      participantId: "p",
      noteId: "n",
      delta: 2,
    });
    expect(badBallot.status).toBe(400);
    expect(badBallot.body.error?.code).toBe("invalid_request");
  });
});
