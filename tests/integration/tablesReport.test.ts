import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BOARD, CONTROL, type Table, tableLabelKey, type WorksheetPlacement } from "@wijkbord/shared";
import { appendPlacement, getWorksheet } from "@wijkbord/worksheets";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { YKeyValue } from "y-utility/y-keyvalue";
import { connectSynced, resync, type TestClient } from "./support/connectClient.ts";
import { registerMember } from "./support/members.ts";
import { noteRecord } from "./support/noteRecord.ts";
import {
  createSession,
  removeDataDir,
  startServer,
  type TestServer,
  type TestSession,
} from "./support/startServer.ts";

const DEF = getWorksheet("gedeeld-verhaal");
const zone = (id: string) => {
  const z = DEF?.zones.find((x) => x.id === id);
  if (!z) throw new Error(`no zone ${id}`);
  return z;
};
/** Two zones with short titles that read the same in the PDF and the workbook. */
const ZONES = { nu: zone("tijdslijn-nu"), later: zone("tijdslijn-2030") };

/** Who writes what where: copy 0 is table 1's, copy 1 table 2's; `original` is the worksheet itself. */
const NOTES = [
  { on: 0, zone: "nu", text: "Tafel-een ziet veel lege winkels", by: "Anna" },
  { on: 0, zone: "nu", text: "Tafel-een wil meer groen", by: "Anna" },
  { on: 0, zone: "later", text: "Tafel-een droomt van warmtenet", by: "Anna" },
  { on: 1, zone: "nu", text: "Tafel-twee mist de bus", by: "Bram" },
  { on: 1, zone: "later", text: "Tafel-twee wil zonnedaken", by: "Bram" },
  { on: "original", zone: "nu", text: "Plenair vooraf genoteerd", by: "Bram" },
] as const;

describe("tables in the report: each copy and one combined view per zone", () => {
  let server: TestServer;
  let session: TestSession;
  const clients: TestClient[] = [];
  const dir = mkdtempSync(join(tmpdir(), "wb-tables-report-"));

  const download = async (format: "pdf" | "xlsx") => {
    const res = await fetch(`${server.url}/api/sessions/${session.id}/export/${format}`, {
      headers: { authorization: `Bearer ${session.tokens.facilitator}` },
    });
    expect(res.status).toBe(200);
    return Buffer.from(await res.arrayBuffer());
  };

  beforeAll(async () => {
    server = await startServer();
    session = await createSession(server, {
      title: "Tafelavond",
      wijk: "Atolwijk",
      worksheets: ["gedeeld-verhaal"],
    });
    // The facilitator makes two tables, as "Tafels maken" does: a copy each, labelled.
    const control = await connectSynced(server, session.id, "control", session.tokens.facilitator);
    clients.push(control);
    const worksheets = control.doc.getArray<WorksheetPlacement>(CONTROL.worksheets);
    const [original] = worksheets.toArray();
    if (!original) throw new Error("no worksheet");
    const copies: WorksheetPlacement[] = [];
    for (const _ of [1, 2])
      copies.push(appendPlacement([original, ...copies], original.worksheetId, original.version));
    control.doc.transact(() => {
      worksheets.push(copies);
      copies.forEach((copy, i) => {
        const label = `Tafel ${i + 1}`;
        const table: Table = { label, copies: { [original.instanceId]: copy.instanceId } };
        control.doc.getMap(CONTROL.tables).set(String(i + 1), table);
        control.doc.getMap(CONTROL.texts).set(tableLabelKey(copy.instanceId), label);
      });
    });
    await resync(control);

    // Anna sits at table 1, Bram at table 2; each writes on their table's copy.
    for (const name of ["Anna", "Bram"] as const) {
      const member = await registerMember(server, session.id, session.tokens.participant);
      const board = await connectSynced(server, session.id, "board", member.credential);
      clients.push(board);
      const kv = new YKeyValue(board.doc.getArray<{ key: string; val: unknown }>(BOARD.records));
      board.doc.transact(() => {
        board.doc
          .getMap(BOARD.participants)
          .set(member.id, { name, color: "#2f9e44", joinedAt: "2026-03-04T19:00:00.000Z" });
        NOTES.forEach((n, i) => {
          if (n.by !== name) return;
          const sheet = n.on === "original" ? original : copies[n.on];
          const rect = ZONES[n.zone].rect;
          if (!sheet) throw new Error("no copy");
          // The note's centre in the middle of the zone, a little apart per note (reading order).
          const x = sheet.x + rect.x + rect.w / 2 - 100;
          const y = sheet.y + rect.y + 20 + 10 * i;
          const note = noteRecord(`shape:tafel-${i}`, n.text, x, y);
          kv.set(note.id, { ...note, meta: { ...note.meta, authorId: member.id, authorName: name } });
        });
      });
      await resync(board);
    }
  });

  afterAll(async () => {
    for (const c of clients) c.destroy();
    await server?.close();
    if (server) removeDataDir(server.dataDir);
    rmSync(dir, { recursive: true, force: true });
  });

  it("the PDF has each table's copy and, after them, the zones across the tables, each note once with its table", async () => {
    const path = join(dir, "r.pdf");
    writeFileSync(path, await download("pdf"));
    const text = execFileSync("pdftotext", ["-enc", "UTF-8", path, "-"]).toString().replace(/\s+/g, " ");
    // Each table's own copy, by its title.
    expect(text).toContain("Stap 1 - Een gedeeld verhaal van de wijk · Tafel 1");
    expect(text).toContain("Stap 1 - Een gedeeld verhaal van de wijk · Tafel 2");
    const at = text.indexOf("Alle tafels samen: Stap 1 - Een gedeeld verhaal van de wijk");
    expect(at).toBeGreaterThan(0);
    const combined = text.slice(at);
    const count = (s: string, part: string) => s.split(part).length - 1;
    for (const n of NOTES) {
      if (n.on === "original") {
        // The worksheet itself is no table's copy: its notes only in its own section.
        expect(combined).not.toContain(n.text);
        expect(text).toContain(n.text);
        continue;
      }
      expect(count(combined, `Tafel ${n.on + 1}: ${n.text}`)).toBe(1);
      expect(count(combined, n.text)).toBe(1);
    }
    // Under each zone's heading, table by table: "Nu" holds both tables' notes before "2030" starts.
    const nu = combined.indexOf(" Nu ");
    const later = combined.indexOf(" 2030 ");
    expect(nu).toBeGreaterThan(0);
    expect(later).toBeGreaterThan(nu);
    for (const n of NOTES.filter((x) => x.on !== "original")) {
      const where = combined.indexOf(n.text);
      if (n.zone === "nu") expect(where).toBeLessThan(later);
      else expect(where).toBeGreaterThan(later);
    }
  });

  it("the workbook's Tafels samen sheet has a row per note of a copy: worksheet, zone, table, text, author", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await download("xlsx")) as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet("Tafels samen");
    if (!sheet) throw new Error("no Tafels samen sheet");
    const rows: unknown[][] = [];
    sheet.eachRow((row) => {
      rows.push((row.values as unknown[]).slice(1));
    });
    const title = "Stap 1 - Een gedeeld verhaal van de wijk";
    expect(rows).toEqual([
      ["Werkblad", "Vak", "Tafel", "Tekst", "Auteur"],
      // Zones in the worksheet's order, tables in order within a zone, notes in reading order.
      [title, "Nu", "Tafel 1", NOTES[0].text, "Anna"],
      [title, "Nu", "Tafel 1", NOTES[1].text, "Anna"],
      [title, "Nu", "Tafel 2", NOTES[3].text, "Bram"],
      [title, "2030", "Tafel 1", NOTES[2].text, "Anna"],
      [title, "2030", "Tafel 2", NOTES[4].text, "Bram"],
    ]);
  });
});
