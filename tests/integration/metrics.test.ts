import { BOARD } from "@wijkbord/shared";
import { describe, expect, it } from "vitest";
import { YKeyValue } from "y-utility/y-keyvalue";
import { roundTrip } from "./support/connectClient.ts";
import { noteRecord } from "./support/noteRecord.ts";
import { closeCode, openRaw } from "./support/rawSocket.ts";
import { serverFixture } from "./support/serverFixture.ts";
import { createSession } from "./support/startServer.ts";
import { waitFor } from "./support/waitFor.ts";

/** One sample's value from Prometheus' text format, e.g. `wijkbord_updates_total{kind="board"}`. */
function sample(text: string, series: string): number | undefined {
  const line = text.split("\n").find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe("/metrics", () => {
  const fx = serverFixture();
  const TOKEN = "metrics-token-for-tests";
  const scrape = async (url: string, token = TOKEN) => {
    const res = await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/plain");
    return res.text();
  };

  it("does not exist unless a token or a metrics port is configured", async () => {
    const server = await fx.start();
    expect((await fetch(`${server.url}/metrics`)).status).toBe(404);
    expect(server.metricsPort).toBeUndefined();
  });

  it("with METRICS_TOKEN, answers only requests that present it, with 401 JSON otherwise", async () => {
    const server = await fx.start({ metrics: { token: TOKEN } });
    for (const authorization of [undefined, "Bearer wrong", `Basic ${TOKEN}`, TOKEN]) {
      const res = await fetch(`${server.url}/metrics`, { headers: authorization ? { authorization } : {} });
      expect(res.status, authorization).toBe(401);
      expect(res.headers.get("www-authenticate")).toContain("Bearer");
      expect(await res.json()).toMatchObject({ error: { code: "unauthorized" } });
    }
    const text = await scrape(server.url);
    expect(text).toContain("# TYPE wijkbord_updates_total counter");
    expect(text).toContain("# TYPE wijkbord_relay_seconds histogram");
    // prom-client's process figures are on whenever metrics are.
    expect(sample(text, "process_cpu_user_seconds_total")).toBeGreaterThan(0);
    expect(sample(text, 'wijkbord_tldraw_licence_state{state="not-needed"}')).toBe(1);
  });

  it("with METRICS_PORT, answers on 127.0.0.1 without a token, and not on the public port", async () => {
    const server = await fx.start({ metrics: { port: 0 } });
    expect(server.metricsPort).toBeGreaterThan(0);
    const local = `http://127.0.0.1:${server.metricsPort}`;
    const res = await fetch(`${local}/metrics`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("wijkbord_connections");
    expect((await fetch(`${local}/other`)).status).toBe(404);
    expect((await fetch(`${server.url}/metrics`)).status).toBe(404);
  });

  it("counts connections and rooms by kind, updates, bytes, latencies, closes and exports", async () => {
    const server = await fx.start({ metrics: { token: TOKEN } });
    const session = await createSession(server);
    const anna = await fx.connect(server, session.id, "board", session.tokens.participant);
    const bert = await fx.connect(server, session.id, "board", session.tokens.participant);
    await fx.connect(server, session.id, "control", session.tokens.facilitator);

    let text = await scrape(server.url);
    expect(sample(text, 'wijkbord_connections{kind="board"}')).toBe(2);
    expect(sample(text, 'wijkbord_connections{kind="control"}')).toBe(1);
    expect(sample(text, 'wijkbord_rooms{kind="board"}')).toBe(1);
    expect(sample(text, 'wijkbord_rooms{kind="private"}')).toBe(0);
    expect(sample(text, "wijkbord_sessions_active")).toBe(1);
    const updatesBefore = sample(text, 'wijkbord_updates_total{kind="board"}') ?? 0;

    const records = new YKeyValue(anna.doc.getArray<{ key: string; val: unknown }>(BOARD.records));
    for (let i = 0; i < 5; i++) records.set(`shape:n${i}`, noteRecord(`shape:n${i}`, `notitie ${i}`));
    await roundTrip(anna, bert);

    text = await scrape(server.url);
    expect(sample(text, 'wijkbord_updates_total{kind="board"}')).toBe(updatesBefore + 5);
    expect(sample(text, 'wijkbord_update_bytes_total{kind="board"}')).toBeGreaterThan(5 * 100);
    expect(sample(text, 'wijkbord_frames_received_total{kind="board"}')).toBeGreaterThanOrEqual(5);
    expect(sample(text, 'wijkbord_sent_bytes_total{kind="board"}')).toBeGreaterThan(5 * 100);
    expect(sample(text, "wijkbord_commit_seconds_count")).toBeGreaterThanOrEqual(5);
    expect(sample(text, "wijkbord_relay_seconds_count")).toBeGreaterThanOrEqual(5);
    expect(sample(text, 'wijkbord_relay_seconds_bucket{le="+Inf"}')).toBe(
      sample(text, "wijkbord_relay_seconds_count"),
    );

    // A socket closed by a bad frame (4400), and a close code of the client's choosing ("other").
    const raw = await openRaw(`${server.wsUrl(session.id)}/board?token=${session.tokens.participant}`);
    if (!raw.opened) throw new Error("raw socket refused");
    const closed = closeCode(raw.ws);
    raw.ws.send(new Uint8Array([0xff, 0xff]));
    expect(await closed).toBe(4400);
    const other = await openRaw(`${server.wsUrl(session.id)}/board?token=${session.tokens.participant}`);
    if (!other.opened) throw new Error("raw socket refused");
    other.ws.close(3999);
    await waitFor(
      async () => sample(await scrape(server.url), 'wijkbord_socket_closes_total{code="other"}') === 1,
    );
    text = await scrape(server.url);
    expect(sample(text, 'wijkbord_socket_closes_total{code="4400"}')).toBe(1);

    const csv = await fetch(`${server.url}/api/sessions/${session.id}/export/csv`, {
      headers: { authorization: `Bearer ${session.tokens.facilitator}` },
    });
    expect(csv.status).toBe(200);
    await csv.arrayBuffer();
    const refused = await fetch(`${server.url}/api/sessions/${session.id}/export/pdf`);
    expect(refused.status).toBe(401);
    text = await scrape(server.url);
    expect(sample(text, 'wijkbord_export_seconds_count{format="csv"}')).toBe(1);
    expect(sample(text, 'wijkbord_export_seconds_count{format="pdf"}')).toBeUndefined();
  });
});
