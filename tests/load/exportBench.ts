/**
 * Export benchmark (numbers, not pass/fail): a session of 10 worksheets and 1,000 notes written by a
 * real y-websocket client, then each export timed through the real HTTP API, plus the backup import.
 * Run: pnpm bench:exports [notes] [worksheets]
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { createWijkbordServer, silentLogger } from "@wijkbord/server";
import { BOARD, type CreateSessionResponse } from "@wijkbord/shared";
import { CATALOGUE, getWorksheet, layoutSession } from "@wijkbord/worksheets";
import WebSocket from "ws";
import { YKeyValue } from "y-utility/y-keyvalue";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { fixtureNoteRecord } from "../fixtures/fixtureSession.ts";

const NOTES = Number(process.argv[2] ?? 1000);
const WORKSHEETS = Number(process.argv[3] ?? 10);
const RUNS = 3;

const dataDir = mkdtempSync(join(tmpdir(), "wijkbord-exportbench-"));
const server = await createWijkbordServer({
  port: 0,
  dataDir,
  logger: silentLogger,
  clientDistDir: join(dataDir, "none"),
});
try {
  const ids = Array.from({ length: WORKSHEETS }, (_, i) => CATALOGUE[i % CATALOGUE.length]?.id ?? "");
  const created = (await (
    await fetch(`${server.url}/api/sessions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ title: "Benchmark Atolwijk", wijk: "Atolwijk", worksheets: ids }),
    })
  ).json()) as CreateSessionResponse;
  const token = new URLSearchParams(new URL(created.links.facilitator).hash.slice(1)).get("token") ?? "";

  // 1,000 notes spread over the worksheets' areas, written in one transaction by a real client.
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(
    `${server.url.replace(/^http/, "ws")}/ws/${created.id}`,
    "board",
    doc,
    {
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
      params: { token },
    },
  );
  await new Promise<void>((resolve) => provider.once("sync", () => resolve()));
  const placements = layoutSession(ids);
  const text = "Meer groen en ontmoetingsplekken in de wijk, met een plein → café; één idee van velen.";
  doc.transact(() => {
    const records = new YKeyValue(doc.getArray<{ key: string; val: unknown }>(BOARD.records));
    for (let i = 0; i < NOTES; i++) {
      const p = placements[i % placements.length];
      const def = p && getWorksheet(p.worksheetId);
      if (!p || !def) continue;
      const x = p.x + ((i * 97) % (def.size.w - 200));
      const y = p.y + 140 + ((i * 53) % (def.size.h - 340));
      const note = {
        id: `shape:bench-${i}`,
        text: `${text} #${i}`,
        x,
        y,
        authorId: `p${i % 40}`,
        authorName: `Deelnemer ${i % 40}`,
        instanceId: null,
        zoneId: null,
        meta: { worksheet: null, zone: null },
      };
      records.set(note.id, fixtureNoteRecord(note));
    }
  });
  // The export must see every note: poll the CSV until it has them all.
  for (;;) {
    const csv = await (
      await fetch(`${server.url}/api/sessions/${created.id}/export/csv`, {
        headers: { authorization: `Bearer ${token}` },
      })
    ).text();
    if (csv.split("\r\n").length - 2 >= NOTES) break;
    await new Promise((r) => setTimeout(r, 20));
  }

  console.log(`export benchmark: ${WORKSHEETS} worksheets, ${NOTES} notes, median of ${RUNS} runs`);
  let backup = "";
  for (const format of ["csv", "json", "xlsx", "pdf"]) {
    const times: number[] = [];
    let bytes = 0;
    for (let r = 0; r < RUNS; r++) {
      const t0 = performance.now();
      const res = await fetch(`${server.url}/api/sessions/${created.id}/export/${format}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      const body = Buffer.from(await res.arrayBuffer());
      times.push(performance.now() - t0);
      bytes = body.length;
      if (format === "json") backup = body.toString("utf8");
    }
    times.sort((a, b) => a - b);
    console.log(
      `  ${format.padEnd(5)} ${times[Math.floor(RUNS / 2)]?.toFixed(0).padStart(6)} ms  ${(bytes / 1024).toFixed(0).padStart(6)} KiB`,
    );
  }
  const t0 = performance.now();
  const imported = await fetch(`${server.url}/api/sessions/import`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: backup,
  });
  console.log(`  import ${(performance.now() - t0).toFixed(0).padStart(5)} ms  (status ${imported.status})`);
  provider.destroy();
  doc.destroy();
} finally {
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
}
