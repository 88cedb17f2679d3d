import { performance } from "node:perf_hooks";
import {
  CONTROL,
  type CreateSessionResponse,
  type OpenOwnedSessionResponse,
  ORGANISER_PATHS,
  type OwnedSessionList,
  PATHS,
  type SessionInfo,
} from "@wijkbord/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectSynced, type TestClient } from "./support/connectClient.ts";
import { CookieJar } from "./support/cookieJar.ts";
import {
  type IdentityProvider,
  listenIdentityProvider,
  type TestAccount,
} from "./support/identityProvider.ts";
import { signIn } from "./support/signInOrganiser.ts";
import { removeDataDir, startServer, type TestServer } from "./support/startServer.ts";
import { waitFor } from "./support/waitFor.ts";

const ANNA: TestAccount = { login: "anna", name: "Anna de Vries", groups: ["wijkteam-noord"] };
const CARLA: TestAccount = { login: "carla", name: "Carla Smit", groups: ["wijkteam-noord"] };
const BOB: TestAccount = { login: "bob", name: "Bob Jansen", groups: ["wijkteam-zuid"] };
const BENCH: TestAccount = { login: "bench", name: "Bench", groups: [] };
const RETENTION_DAYS = 90;
const DAY = 24 * 60 * 60 * 1000;

function tokenOf(link: string): string {
  return new URL(link).hash.replace(/^#token=/, "");
}

describe("\"Mijn werksessies\": the organiser's and their team's werksessies", () => {
  let idp: IdentityProvider;
  let server: TestServer;
  const jars = new Map<string, CookieJar>();
  const clients: TestClient[] = [];

  const as = (account: TestAccount) => jars.get(account.login) as CookieJar;
  const post = (account: TestAccount, path: string, body?: unknown) =>
    as(account).fetch(`${server.url}${path}`, {
      method: "POST",
      headers: { origin: server.url, ...(body === undefined ? {} : { "content-type": "application/json" }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const list = async (account: TestAccount) => {
    const res = await as(account).fetch(`${server.url}${ORGANISER_PATHS.sessions}`);
    expect(res.status).toBe(200);
    return ((await res.json()) as OwnedSessionList).sessions;
  };
  const createAs = async (account: TestAccount, title: string) => {
    const res = await post(account, PATHS.sessions, {
      title,
      wijk: "Noord",
      worksheets: ["gedeeld-verhaal"],
    });
    expect(res.status).toBe(201);
    return (await res.json()) as CreateSessionResponse;
  };
  const info = async (sessionId: string, token: string) =>
    fetch(`${server.url}${PATHS.sessions}/${sessionId}`, { headers: { authorization: `Bearer ${token}` } });

  beforeAll(async () => {
    const listening = await listenIdentityProvider();
    server = await startServer({
      retentionDays: RETENTION_DAYS,
      sessionsPerAddressPerHour: 1000,
      oidc: {
        issuer: listening.issuer,
        clientId: listening.clientId,
        clientSecret: listening.clientSecret,
        teamClaim: "groups",
      },
    });
    idp = listening.serve([`${server.url}${ORGANISER_PATHS.callback}`], [ANNA, CARLA, BOB, BENCH]);
    for (const account of [ANNA, CARLA, BOB, BENCH]) {
      const jar = new CookieJar();
      expect((await signIn(jar, server, account)).status).toBe(302);
      jars.set(account.login, jar);
    }
  });
  afterAll(async () => {
    for (const c of clients.splice(0)) c.destroy();
    await server?.close();
    if (server) removeDataDir(server.dataDir);
    await idp?.close();
  });

  it("lists the organiser's own and their team's sessions with the retention date; not another team's", async () => {
    const mine = await createAs(ANNA, "Anna's avond");
    const teammate = await createAs(CARLA, "Carla's avond");
    const other = await createAs(BOB, "Bob's avond");
    const annas = await list(ANNA);
    const ids = annas.map((s) => s.id);
    expect(ids).toEqual(expect.arrayContaining([mine.id, teammate.id]));
    expect(ids).not.toContain(other.id);
    const row = annas.find((s) => s.id === mine.id);
    expect(row).toMatchObject({
      title: "Anna's avond",
      wijk: "Noord",
      mine: true,
      team: "wijkteam-noord",
      archived: false,
      participants: 0,
    });
    expect(Date.parse(row?.deletesAt ?? "") - Date.parse(row?.lastActive ?? "")).toBe(RETENTION_DAYS * DAY);
    expect(annas.find((s) => s.id === teammate.id)?.mine).toBe(false);
    expect((await list(BOB)).map((s) => s.id)).toEqual([other.id]);
  });

  it("opens a session as facilitator without its link: the API and the control document accept the owner", async () => {
    const created = await createAs(ANNA, "Openen zonder link");
    const opened = await post(ANNA, `${ORGANISER_PATHS.sessions}/${created.id}/open`);
    expect(opened.status).toBe(200);
    const { url, token } = (await opened.json()) as OpenOwnedSessionResponse;
    expect(url).toBe(`${server.url}${PATHS.app}/${created.id}#token=${token}`);
    const res = await info(created.id, token);
    expect(res.status).toBe(200);
    expect(((await res.json()) as SessionInfo).role).toBe("facilitator");

    // Only facilitators may write the control document: the owner's change reaches the link holder.
    const owner = await connectSynced(server, created.id, "control", token);
    const linkHolder = await connectSynced(server, created.id, "control", tokenOf(created.links.facilitator));
    clients.push(owner, linkHolder);
    owner.doc.getMap(CONTROL.session).set("wijk", "Noord-Oost");
    await waitFor(() => linkHolder.doc.getMap(CONTROL.session).get("wijk") === "Noord-Oost", {
      what: "the owner's edit of the control document",
    });

    // A teammate opens it too; that replaces the owner token, the link's own stays.
    const again = await post(CARLA, `${ORGANISER_PATHS.sessions}/${created.id}/open`);
    expect(again.status).toBe(200);
    expect((await info(created.id, token)).status).toBe(401);
    expect((await info(created.id, tokenOf(created.links.facilitator))).status).toBe(200);
  });

  it("another team's organiser can neither open, archive, duplicate nor delete it (404), and nothing changes", async () => {
    const created = await createAs(ANNA, "Niet van Bob");
    for (const [path, method] of [
      ["open", "POST"],
      ["archive", "POST"],
      ["duplicate", "POST"],
      ["", "DELETE"],
    ] as const) {
      const res = await as(BOB).fetch(
        `${server.url}${ORGANISER_PATHS.sessions}/${created.id}${path ? `/${path}` : ""}`,
        {
          method,
          headers: { origin: server.url, "content-type": "application/json" },
          body: path === "archive" ? JSON.stringify({ archived: true }) : undefined,
        },
      );
      expect(res.status).toBe(404);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe("not_owner");
    }
    expect(await server.storage.organisers.ownerOf(created.id)).toEqual({
      subject: "anna",
      team: "wijkteam-noord",
      archived: false,
    });
    expect((await info(created.id, tokenOf(created.links.facilitator))).status).toBe(200);
    // A participant link without a sign-in is no organiser at all.
    const participant = await fetch(`${server.url}${ORGANISER_PATHS.sessions}/${created.id}`, {
      method: "DELETE",
      headers: { origin: server.url, authorization: `Bearer ${tokenOf(created.links.participant)}` },
    });
    expect(participant.status).toBe(401);
    expect(await server.storage.getSession(created.id)).toBeDefined();
  });

  it("archives and restores, duplicates empty with new links, and deletes with the existing deletion", async () => {
    const created = await createAs(ANNA, "Archief en kopie");
    const archived = await post(ANNA, `${ORGANISER_PATHS.sessions}/${created.id}/archive`, {
      archived: true,
    });
    expect(archived.status).toBe(200);
    expect((await list(ANNA)).find((s) => s.id === created.id)?.archived).toBe(true);
    const bad = await post(ANNA, `${ORGANISER_PATHS.sessions}/${created.id}/archive`, { archived: "ja" });
    expect(bad.status).toBe(400);
    expect((await list(ANNA)).find((s) => s.id === created.id)?.archived).toBe(true);
    await post(ANNA, `${ORGANISER_PATHS.sessions}/${created.id}/archive`, { archived: false });
    expect((await list(ANNA)).find((s) => s.id === created.id)?.archived).toBe(false);

    const duplicated = await post(CARLA, `${ORGANISER_PATHS.sessions}/${created.id}/duplicate`);
    expect(duplicated.status).toBe(201);
    const copy = (await duplicated.json()) as CreateSessionResponse;
    expect(copy.id).not.toBe(created.id);
    const copyInfo = (await (await info(copy.id, tokenOf(copy.links.facilitator))).json()) as SessionInfo;
    expect(copyInfo).toMatchObject({ title: "Archief en kopie (kopie)", wijk: "Noord" });
    expect(copyInfo.worksheets.map((w) => w.worksheetId)).toEqual(["gedeeld-verhaal"]);
    expect((await list(CARLA)).find((s) => s.id === copy.id)).toMatchObject({
      mine: true,
      team: "wijkteam-noord",
    });

    const socket = await connectSynced(server, created.id, "board", tokenOf(created.links.participant));
    clients.push(socket);
    const deleted = await as(ANNA).fetch(`${server.url}${ORGANISER_PATHS.sessions}/${created.id}`, {
      method: "DELETE",
      headers: { origin: server.url },
    });
    expect(deleted.status).toBe(200);
    expect(await server.storage.getSession(created.id)).toBeUndefined();
    expect((await info(created.id, tokenOf(created.links.facilitator))).status).toBe(404);
    expect((await list(ANNA)).map((s) => s.id)).not.toContain(created.id);
    await waitFor(() => !socket.provider.wsconnected, { what: "the deleted session's socket closed" });
  });

  it("benchmark: lists 500 werksessies of one organiser (figure for docs, not a timed assertion)", async () => {
    const subject = BENCH.login;
    const base = Date.parse("2026-01-01T00:00:00.000Z");
    for (let i = 0; i < 500; i++) {
      const id = `bench${String(i).padStart(6, "0")}xxxxx`;
      await server.storage.createSession(
        {
          id,
          title: `Werksessie ${i}`,
          wijk: `Wijk ${i % 17}`,
          createdAt: new Date(base + i * 60_000).toISOString(),
          worksheets: [{ instanceId: "a", worksheetId: "gedeeld-verhaal", version: 1, x: 0, y: 0 }],
          sealedTokens: new Uint8Array(8),
        },
        [],
        new Map(),
      );
      await server.storage.organisers.setOwner(id, { subject, team: null });
    }
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i < 10; i++) {
      const started = performance.now();
      const res = await as(BENCH).fetch(`${server.url}${ORGANISER_PATHS.sessions}`);
      const text = await res.text();
      times.push(performance.now() - started);
      bytes = text.length;
      expect((JSON.parse(text) as OwnedSessionList).sessions).toHaveLength(500);
    }
    times.sort((a, b) => a - b);
    console.log(
      `[bench] GET ${ORGANISER_PATHS.sessions}, 500 rows (SQLite): median ${times[5]?.toFixed(1)} ms, max ${times[9]?.toFixed(1)} ms, ${Math.round(bytes / 1024)} KiB JSON`,
    );
  });
});
