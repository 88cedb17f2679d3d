import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  BOARD,
  CONTROL,
  SESSION_ANONYMOUS_KEY,
  SESSION_ROOM_COUNT_KEY,
  type WorksheetPlacement,
} from "@wijkbord/shared";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { YKeyValue } from "y-utility/y-keyvalue";
import { connectSynced, resync, type TestClient } from "./support/connectClient.ts";
import { nextServerClose, registerMember } from "./support/members.ts";
import { noteRecord } from "./support/noteRecord.ts";
import {
  createSession,
  removeDataDir,
  startServer,
  type TestServer,
  type TestSession,
} from "./support/startServer.ts";

/** Three participants who join online (times in UTC; March: Amsterdam is UTC+1) and their notes. */
const PEOPLE = [
  { name: "Anna Jansen", joinedAt: "2026-03-04T19:01:00.000Z", local: "2026-03-04 20:01", notes: [0, 0] },
  { name: "Bram de Wit", joinedAt: "2026-03-04T19:07:00.000Z", local: "2026-03-04 20:07", notes: [1] },
  { name: "Chantal Öztürk", joinedAt: "2026-03-04T19:12:00.000Z", local: "2026-03-04 20:12", notes: [] },
];
const ROOM = 14;
const TITLES = ["Stap 1 - Een gedeeld verhaal van de wijk", "Participatie in het kort"];

describe("attendance in the PDF report and the workbook", () => {
  let server: TestServer;
  let session: TestSession;
  let control: TestClient;
  const clients: TestClient[] = [];
  const dir = mkdtempSync(join(tmpdir(), "wb-attendance-"));

  const download = async (format: "pdf" | "xlsx") => {
    const res = await fetch(`${server.url}/api/sessions/${session.id}/export/${format}`, {
      headers: { authorization: `Bearer ${session.tokens.facilitator}` },
    });
    expect(res.status).toBe(200);
    return Buffer.from(await res.arrayBuffer());
  };
  const pdfText = async (layout: boolean) => {
    const path = join(dir, "r.pdf");
    writeFileSync(path, await download("pdf"));
    return execFileSync("pdftotext", ["-enc", "UTF-8", ...(layout ? ["-layout"] : []), path, "-"]).toString();
  };
  const attendanceSheet = async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await download("xlsx")) as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet("Deelname");
    if (!sheet) throw new Error("no Deelname sheet");
    const rows: unknown[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row, n) => {
      rows[n - 1] = (row.values as unknown[]).slice(1);
    });
    return rows;
  };

  beforeAll(async () => {
    server = await startServer();
    session = await createSession(server, {
      title: "Bewonersavond",
      wijk: "Atolwijk",
      worksheets: ["gedeeld-verhaal", "participatie-in-het-kort"],
    });
    control = await connectSynced(server, session.id, "control", session.tokens.facilitator);
    const placements = control.doc.getArray<WorksheetPlacement>(CONTROL.worksheets).toArray();
    control.doc.getMap(CONTROL.session).set(SESSION_ROOM_COUNT_KEY, ROOM);
    await resync(control);

    // The facilitator's own browser is in the participants map too, marked as a facilitator.
    const fac = await connectSynced(server, session.id, "board", session.tokens.facilitator);
    clients.push(fac);
    fac.doc.getMap(BOARD.participants).set("fac-1", {
      name: "Fleur",
      color: "#1971c2",
      joinedAt: "2026-03-04T18:50:00.000Z",
      role: "facilitator",
    });
    await resync(fac);

    for (const [i, person] of PEOPLE.entries()) {
      const member = await registerMember(server, session.id, session.tokens.participant);
      const board = await connectSynced(server, session.id, "board", member.credential);
      clients.push(board);
      const kv = new YKeyValue(board.doc.getArray<{ key: string; val: unknown }>(BOARD.records));
      board.doc.transact(() => {
        board.doc.getMap(BOARD.participants).set(member.id, {
          name: person.name,
          color: "#2f9e44",
          joinedAt: person.joinedAt,
        });
        person.notes.forEach((sheet, n) => {
          const p = placements[sheet];
          if (!p) throw new Error("no placement");
          const note = noteRecord(`shape:att-${i}-${n}`, `Notitie ${i}.${n}`, p.x + 60 + 250 * n, p.y + 400);
          kv.set(note.id, { ...note, meta: { ...note.meta, authorId: member.id, authorName: person.name } });
        });
      });
      await resync(board);
    }
  });

  afterAll(async () => {
    for (const c of [...clients, control]) c.destroy();
    await server?.close();
    if (server) removeDataDir(server.dataDir);
    rmSync(dir, { recursive: true, force: true });
  });

  it("the PDF counts the participants online (not the facilitator), the room and the total", async () => {
    const flat = (await pdfText(false)).replace(/\s+/g, " ");
    expect(flat).toContain("Wie deden mee");
    expect(flat).toContain("Online deelgenomen: 3");
    expect(flat).toContain(`In de zaal (geteld door de facilitator): ${ROOM}`);
    expect(flat).toContain(`Totaal: ${3 + ROOM}`);
    const layout = await pdfText(true);
    for (const p of PEOPLE) expect(layout).toMatch(new RegExp(`${p.name}\\s+${p.local}`));
    // Notes per worksheet: gedeeld verhaal 2 notes by 1 writer, participatie 1 by 1.
    expect(layout).toMatch(new RegExp(`${TITLES[0]}\\s+2\\s+1\\b`));
    expect(layout).toMatch(new RegExp(`${TITLES[1]}\\s+1\\s+1\\b`));
  });

  it("the workbook's Deelname sheet holds the same figures as numbers, joins as times", async () => {
    const rows = await attendanceSheet();
    expect(rows[0]).toEqual(["Online deelgenomen", 3]);
    expect(rows[1]).toEqual(["In de zaal (geteld door de facilitator)", ROOM]);
    expect(rows[2]).toEqual(["Totaal", 3 + ROOM]);
    const joins = rows.slice(5, 8);
    expect(joins.map((r) => r[0])).toEqual(PEOPLE.map((p) => p.name));
    // A spreadsheet has no time zone: the cell holds the Amsterdam wall-clock time.
    expect(joins.map((r) => (r[1] as Date).toISOString().slice(0, 16).replace("T", " "))).toEqual(
      PEOPLE.map((p) => p.local),
    );
    const perSheet = rows.slice(-2);
    expect(perSheet).toEqual([
      [TITLES[0], 2, 1],
      [TITLES[1], 1, 1],
    ]);
  });

  it("a participant cannot change the room count; a facilitator's invalid count closes that socket", async () => {
    const member = await registerMember(server, session.id, session.tokens.participant);
    const sneaky = await connectSynced(server, session.id, "control", member.credential);
    clients.push(sneaky);
    sneaky.doc.getMap(CONTROL.session).set(SESSION_ROOM_COUNT_KEY, 999);
    await resync(sneaky);
    const bad = await connectSynced(server, session.id, "control", session.tokens.facilitator);
    clients.push(bad);
    const closed = nextServerClose(bad.provider);
    bad.doc.getMap(CONTROL.session).set(SESSION_ROOM_COUNT_KEY, -3);
    expect(await closed).toMatchObject({ code: 4400, reason: expect.stringMatching(/roomCount/) });
    const check = await connectSynced(server, session.id, "control", session.tokens.viewer);
    clients.push(check);
    expect(check.doc.getMap(CONTROL.session).get(SESSION_ROOM_COUNT_KEY)).toBe(ROOM);
    expect((await attendanceSheet())[1]?.[1]).toBe(ROOM);
  });

  it("without names when the facilitator chose anonymity, the figures unchanged", async () => {
    control.doc.getMap(CONTROL.session).set(SESSION_ANONYMOUS_KEY, true);
    await resync(control);
    const text = await pdfText(true);
    expect(text.replace(/\s+/g, " ")).toContain("alleen de tijden, zonder namen");
    for (const p of PEOPLE) {
      expect(text).not.toContain(p.name);
      expect(text).toContain(p.local);
    }
    expect(text.replace(/\s+/g, " ")).toContain("Online deelgenomen: 3");
    const rows = await attendanceSheet();
    expect(rows[0]).toEqual(["Online deelgenomen", 3]);
    const names = JSON.stringify(rows);
    for (const p of PEOPLE) expect(names).not.toContain(p.name);
    expect(rows.slice(5, 8).map((r) => r[0])).toEqual(["anoniem", "anoniem", "anoniem"]);
  });
});
