import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ApiErrorSchema, BackupSchema, BOARD, CONTROL, CreateSessionResponseSchema } from "@wijkbord/shared";
import { buildReportModel, CATALOGUE } from "@wijkbord/worksheets";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { YKeyValue } from "y-utility/y-keyvalue";
import * as Y from "yjs";
import { type FixtureNote, fixtureSession } from "../fixtures/fixtureSession.ts";
import { parseCsv } from "../fixtures/parseCsv.ts";
import { writeFixtureSession } from "../fixtures/writeFixtureSession.ts";
import { connectSynced, resync, type TestClient } from "./support/connectClient.ts";
import {
  createSession,
  removeDataDir,
  startServer,
  type TestServer,
  type TestSession,
} from "./support/startServer.ts";
import { waitFor } from "./support/waitFor.ts";

const fixture = fixtureSession();
const ids = CATALOGUE.map((w) => w.id);

/** Notes that would be formulas in a spreadsheet, placed outside every worksheet. */
const FORMULA_NOTES: FixtureNote[] = ["=1+1", "+1", "-1", "@SUM(A1)", "\tTAB", "\rCR"].map((text, i) => ({
  id: `shape:formula-${i}`,
  text,
  x: -5000 - 300 * i,
  y: -5000,
  authorId: "p-anna",
  authorName: "Anna de Vries",
  instanceId: null,
  zoneId: null,
  meta: { worksheet: null, zone: null },
}));

/** The session's content as plain values, for comparing two sessions. */
function content(controlState: Uint8Array, boardState: Uint8Array) {
  const control = new Y.Doc();
  const board = new Y.Doc();
  Y.applyUpdate(control, controlState);
  Y.applyUpdate(board, boardState);
  const records = Object.fromEntries(
    [...new YKeyValue(board.getArray<{ key: string; val: unknown }>(BOARD.records)).map].map(([k, v]) => [
      k,
      v.val,
    ]),
  );
  return {
    session: control.getMap(CONTROL.session).toJSON(),
    worksheets: control.getArray(CONTROL.worksheets).toJSON(),
    texts: control.getMap(CONTROL.texts).toJSON(),
    records,
    fields: board.getMap(BOARD.fields).toJSON(),
    participants: board.getMap(BOARD.participants).toJSON(),
  };
}

describe("exports and backup import", () => {
  let server: TestServer;
  let session: TestSession;
  let clients: TestClient[] = [];

  const exportUrl = (id: string, format: string, query = "") =>
    `${server.url}/api/sessions/${id}/export/${format}${query}`;
  const get = (id: string, format: string, token?: string, query = "") =>
    fetch(exportUrl(id, format, query), token ? { headers: { authorization: `Bearer ${token}` } } : {});

  beforeAll(async () => {
    // A short grace period so a test can watch the rooms unload and export from storage.
    server = await startServer({ roomGraceMs: 50 });
    session = await createSession(server, {
      title: fixture.title,
      wijk: fixture.wijk,
      worksheets: [...ids, ids[0] ?? ""],
    });
    const control = await connectSynced(server, session.id, "control", session.tokens.facilitator);
    const board = await connectSynced(server, session.id, "board", session.tokens.participant);
    clients = [control, board];
    writeFixtureSession(fixture, control, board, FORMULA_NOTES);
    // Everything sent is stored once the server answers a fresh sync step 1 on the same socket.
    await Promise.all([resync(control), resync(board)]);
  });
  afterAll(async () => {
    for (const c of clients) c.destroy();
    await server.close();
    removeDataDir(server.dataDir);
  });

  it("refuses exports without a token (401), with a wrong one (401) and for non-facilitators (403)", async () => {
    for (const format of ["csv", "json", "pdf", "xlsx"]) {
      const cases: [string | undefined, number, string][] = [
        [undefined, 401, "unauthorized"],
        ["x".repeat(43), 401, "unauthorized"],
        [session.tokens.participant, 403, "forbidden"],
        [session.tokens.viewer, 403, "forbidden"],
      ];
      for (const [token, status, code] of cases) {
        const res = await get(session.id, format, token);
        expect(res.status, `${format} ${status}`).toBe(status);
        expect(ApiErrorSchema.parse(await res.json()).error.code).toBe(code);
      }
    }
    const other = await createSession(server);
    expect((await get(session.id, "csv", other.tokens.facilitator)).status).toBe(401);
    expect((await get(session.id, "docx", session.tokens.facilitator)).status).toBe(404);
    expect((await get(session.id, "csv", session.tokens.facilitator, "?lang=fr")).status).toBe(400);
    expect((await get("AAAAAAAAAAAAAAAA", "csv", session.tokens.facilitator)).status).toBe(404);
  });

  it("CSV: every note written by the clients, BOM, RFC 4180, neutralised formulas, HTML as text", async () => {
    const res = await get(session.id, "csv", session.tokens.facilitator);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(
      /^attachment; filename="wijkbord-werksessie-atolwijk-voorjaar-\d{4}-\d{2}-\d{2}\.csv"; filename\*=UTF-8''/,
    );
    expect(res.headers.get("cache-control")).toBe("no-store");
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // Dutch spreadsheets split on ";" (their list separator).
    const rows = parseCsv(new TextDecoder().decode(bytes.slice(3)), ";");
    expect(rows[0]).toEqual([
      "Werkblad",
      "Vak",
      "Tekst",
      "Auteur",
      "Kleur",
      "Stemmen",
      "Gemaakt",
      "Laatst gewijzigd",
    ]);
    const texts = rows.slice(1).map((r) => r[2]);
    expect(rows.length - 1).toBe(fixture.notes.length + FORMULA_NOTES.length);
    for (const n of fixture.notes) expect(texts).toContain(n.text);
    expect(texts).toContain(fixture.notes.find((n) => n.text.includes("<script>"))?.text);
    for (const n of FORMULA_NOTES) expect(texts).toContain(`'${n.text}`);
    // No cell at all starts with a formula character.
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    const anna = rows.find((r) => r[2] === fixture.notes[0]?.text);
    // The colour the note shows: tldraw's "yellow" note is an orange yellow.
    expect(anna?.slice(3, 6)).toEqual(["Anna de Vries", "oranjegeel", ""]);
  });

  it("CSV with ',' on request (?sep=comma), the same table; an unknown separator is a 400", async () => {
    // Response.text() drops the byte order mark.
    const semi = await (await get(session.id, "csv", session.tokens.facilitator)).text();
    const comma = await (await get(session.id, "csv", session.tokens.facilitator, "?sep=comma")).text();
    expect(comma.startsWith("Werkblad,Vak,Tekst,")).toBe(true);
    expect(parseCsv(comma, ",")).toEqual(parseCsv(semi, ";"));
    const bad = await get(session.id, "csv", session.tokens.facilitator, "?sep=tab");
    expect(bad.status).toBe(400);
    expect(ApiErrorSchema.parse(await bad.json()).error.message).toContain("sep");
  });

  it("CSV in English with ?lang=en", async () => {
    const res = await get(session.id, "csv", session.tokens.facilitator, "?lang=en");
    // English spreadsheets split on ",".
    const rows = parseCsv((await res.text()).replace(/^\uFEFF/, ""));
    expect(rows[0]?.[0]).toBe("Worksheet");
    expect(rows[1]?.[0]).toBe(CATALOGUE[0]?.title.en);
  });

  it("PDF: a real PDF holding every note, zone title and conclusion", async () => {
    const res = await get(session.id, "pdf", session.tokens.facilitator);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    const pdf = Buffer.from(await res.arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const dir = mkdtempSync(join(tmpdir(), "wijkbord-pdf-"));
    try {
      writeFileSync(join(dir, "r.pdf"), pdf);
      const text = execFileSync("pdftotext", ["-enc", "UTF-8", join(dir, "r.pdf"), "-"]).toString();
      // pdfkit wraps lines at spaces and after "/": compare without any whitespace.
      const flat = text.replace(/\s+/g, "");
      for (const n of fixture.notes) expect(flat).toContain(n.text.replace(/\s+/g, ""));
      for (const text of Object.values(fixture.fields)) expect(flat).toContain(text.replace(/\s+/g, ""));
      expect(flat).toContain("zonderafbeeldingenvanhetcanvas");
      // The statuses written through the board maps (fixture: first row "To do", second "Bezig").
      expect(flat).toContain("Grenzenvandewijk:Todo");
      expect(flat).toContain("Profielschetsbewoners:Bezig");
      expect(flat).toContain("Intern:25%");
      // The koppelkansen tables written through the board's koppelkansen maps: the top 15 per row.
      expect(flat).toContain("1Isolerenbijgrootonderhoud35");
      expect(flat).toContain("2Rioolvervangenenstraatvergroenen22");
      for (const k of Object.values(fixture.koppelkansen.kansen) as { name: string }[])
        expect(flat).toContain(k.name.replace(/\s+/g, ""));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("PDF with canvas images (POST): facilitator only, PNGs only, images embedded", async () => {
    const png =
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";
    const post = (token: string | undefined, body: unknown) =>
      fetch(exportUrl(session.id, "pdf"), {
        method: "POST",
        headers: {
          "content-type": "application/json",
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify(body),
      });
    const images = fixture.placements.map((p) => ({ instanceId: p.instanceId, png }));
    expect((await post(undefined, { images })).status).toBe(401);
    expect((await post(session.tokens.participant, { images })).status).toBe(403);
    const notPng = await post(session.tokens.facilitator, { images: [{ instanceId: "x", png: "aGFsbG8=" }] });
    expect(notPng.status).toBe(400);
    expect(ApiErrorSchema.parse(await notPng.json()).error.code).toBe("invalid_image");
    expect((await post(session.tokens.facilitator, { images, extra: 1 })).status).toBe(400);
    const res = await post(session.tokens.facilitator, { lang: "en", images });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    const pdf = Buffer.from(await res.arrayBuffer());
    const dir = mkdtempSync(join(tmpdir(), "wijkbord-pdf-"));
    try {
      writeFileSync(join(dir, "r.pdf"), pdf);
      const list = execFileSync("pdfimages", ["-list", join(dir, "r.pdf")])
        .toString()
        .trim()
        .split("\n");
      // One "image" line per picture (plus an "smask" line for its alpha channel).
      expect(list.slice(2).filter((l) => l.trim().split(/\s+/)[2] === "image").length).toBe(images.length);
      const text = execFileSync("pdftotext", ["-enc", "UTF-8", join(dir, "r.pdf"), "-"]).toString();
      expect(text).toContain("Session report");
      expect(text).not.toContain("without images");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("XLSX: a spreadsheet (zip) with the right content type and the Koppelkansen Kiezen tabs", async () => {
    const res = await get(session.id, "xlsx", session.tokens.facilitator);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(Buffer.from(bytes).subarray(0, 2).toString()).toBe("PK");
    const files = unzipSync(bytes);
    const xml = (name: string) => strFromU8(files[name] ?? new Uint8Array());
    for (const tab of ["werkblad", "resultaat", "prioritering"])
      expect(xml("xl/workbook.xml")).toContain(`name="${tab}"`);
    const sheets = Object.keys(files)
      .filter((f) => f.startsWith("xl/worksheets/sheet"))
      .map(xml)
      .join("");
    // Totals and ranks are live formulas over the scores the clients wrote (XML escapes the quotes).
    expect(sheets).toContain("<f>ROUND(SUMPRODUCT($D$4:$F$4,D5:F5),3)</f><v>35</v>");
    expect(sheets).toContain("<f>RANK(&apos;werkblad&apos;!$G$7,&apos;werkblad&apos;!$G$5:$G$9)</f><v>2</v>");
  });

  it("JSON backup → import → export gives the same content in a new session with new links", async () => {
    const res = await get(session.id, "json", session.tokens.facilitator);
    expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
    const raw = await res.text();
    expect(raw).not.toContain(session.tokens.facilitator);
    expect(raw).not.toContain(session.tokens.participant);
    const backup = BackupSchema.parse(JSON.parse(raw));
    expect(backup.session.title).toBe(fixture.title);

    const imported = await fetch(`${server.url}/api/sessions/import`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: raw,
    });
    expect(imported.status).toBe(201);
    const created = CreateSessionResponseSchema.parse(await imported.json());
    expect(created.id).not.toBe(session.id);
    const token = new URLSearchParams(new URL(created.links.facilitator).hash.slice(1)).get("token") ?? "";
    expect(Object.values(created.links).some((l) => l.includes(session.tokens.facilitator))).toBe(false);

    const again = BackupSchema.parse(await (await get(created.id, "json", token)).json());
    const before = content(Buffer.from(backup.control, "base64"), Buffer.from(backup.board, "base64"));
    const after = content(Buffer.from(again.control, "base64"), Buffer.from(again.board, "base64"));
    expect(after).toEqual(before);
    expect(Object.keys(after.records).length).toBe(fixture.notes.length + FORMULA_NOTES.length);
    expect(again.session).toEqual(backup.session);
    // The same content gives the same report.
    const csvA = await (await get(session.id, "csv", session.tokens.facilitator)).text();
    const csvB = await (await get(created.id, "csv", token)).text();
    expect(csvB).toBe(csvA);

    // And a participant of the imported session sees the notes live.
    const board = await connectSynced(server, created.id, "board", token);
    clients.push(board);
    expect(new YKeyValue(board.doc.getArray<{ key: string; val: unknown }>(BOARD.records)).map.size).toBe(
      fixture.notes.length + FORMULA_NOTES.length,
    );
  });

  it("refuses broken imports with a clear 4xx", async () => {
    const post = (body: string) =>
      fetch(`${server.url}/api/sessions/import`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body,
      });
    const valid = JSON.parse(await (await get(session.id, "json", session.tokens.facilitator)).text());
    const cases: [string, number, string][] = [
      ["{", 400, "bad_json"],
      [JSON.stringify({ hello: 1 }), 400, "not_a_backup"],
      [JSON.stringify({ ...valid, version: 99 }), 400, "backup_too_new"],
      [JSON.stringify({ ...valid, board: "not base64!" }), 400, "invalid_backup"],
      [
        JSON.stringify({ ...valid, board: Buffer.from("garbage that is no yjs update").toString("base64") }),
        400,
        "invalid_backup",
      ],
      [
        JSON.stringify({
          ...valid,
          session: {
            ...valid.session,
            worksheets: [{ ...valid.session.worksheets[0], worksheetId: "bestaat-niet" }],
          },
        }),
        400,
        "unknown_worksheet",
      ],
    ];
    for (const [body, status, code] of cases) {
      const res = await post(body);
      expect(res.status, code).toBe(status);
      expect(ApiErrorSchema.parse(await res.json()).error.code).toBe(code);
    }
  });

  it("exports from storage when the session is not loaded, with the same content", async () => {
    const live = await (await get(session.id, "csv", session.tokens.facilitator)).text();
    for (const c of clients) c.destroy();
    clients = [];
    await waitFor(() => server.rooms.size === 0, { what: "rooms to unload" });
    const stored = await (await get(session.id, "csv", session.tokens.facilitator)).text();
    expect(stored).toBe(live);
    expect(server.rooms.size).toBe(0);
  });

  it("the model the server reports from matches the fixture's own model", () => {
    // Guards the fixture itself: every catalogue worksheet has zones with notes in it.
    const model = buildReportModel(
      {
        session: { title: fixture.title, wijk: fixture.wijk, createdAt: fixture.createdAt },
        placements: fixture.placements,
        records: [],
        fields: {},
        participants: {},
        texts: {},
      },
      "nl",
    );
    expect(model.worksheets.map((w) => w.worksheetId)).toEqual([...ids, ids[0]]);
  });

  it("never logs tokens", () => {
    const log = server.logger.lines.join("\n");
    for (const t of Object.values(session.tokens)) expect(log).not.toContain(t);
  });
});
