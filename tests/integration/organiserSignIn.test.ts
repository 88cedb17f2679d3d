import { type CreateSessionResponse, type Me, ORGANISER_PATHS, PATHS } from "@wijkbord/shared";
import { afterEach, describe, expect, it } from "vitest";
import { CookieJar } from "./support/cookieJar.ts";
import {
  type IdentityProvider,
  listenIdentityProvider,
  type TestAccount,
} from "./support/identityProvider.ts";
import { loginAtProvider, signIn } from "./support/signInOrganiser.ts";
import { removeDataDir, startServer, type TestServer } from "./support/startServer.ts";

const ANNA: TestAccount = { login: "anna", name: "Anna de Vries", groups: ["wijkteam-noord"] };
const BOB: TestAccount = { login: "bob", name: "Bob Jansen", groups: ["wijkteam-zuid"] };
const NEW_SESSION = { title: "Wijkavond", wijk: "Noord", worksheets: ["gedeeld-verhaal"] };

const me = async (jar: CookieJar, server: TestServer) =>
  (await (await jar.fetch(`${server.url}${ORGANISER_PATHS.me}`)).json()) as Me;

const create = (jar: CookieJar, server: TestServer, origin: string | null = server.url) =>
  jar.fetch(`${server.url}${PATHS.sessions}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(origin ? { origin } : {}) },
    body: JSON.stringify(NEW_SESSION),
  });

describe("sign-in for organisers (OIDC against a real provider)", () => {
  let idp: IdentityProvider;
  let server: TestServer;

  /** A provider listening first, Wijkbord configured with its issuer, then the provider serving Wijkbord. */
  async function startWith(extra: { requireSignIn?: boolean; publicUrl?: string; now?: () => number } = {}) {
    const listening = await listenIdentityProvider();
    server = await startServer({
      publicUrl: extra.publicUrl,
      now: extra.now,
      oidc: {
        issuer: listening.issuer,
        clientId: listening.clientId,
        clientSecret: listening.clientSecret,
        teamClaim: "groups",
        requireSignIn: extra.requireSignIn,
      },
    });
    idp = listening.serve([`${server.url}${ORGANISER_PATHS.callback}`], [ANNA, BOB]);
    return server;
  }

  afterEach(async () => {
    await server?.close();
    if (server) removeDataDir(server.dataDir);
    await idp?.close();
  });

  it("signs in through the provider's redirects with PKCE and sets an httpOnly, Lax login cookie", async () => {
    await startWith();
    const jar = new CookieJar();
    expect(await me(jar, server)).toEqual({ signInAvailable: true, signInRequired: false, organiser: null });
    const authorize = await jar.fetch(`${server.url}${ORGANISER_PATHS.login}`);
    expect(authorize.status).toBe(302);
    const location = new URL(authorize.headers.get("location") ?? "");
    expect(location.origin).toBe(idp.issuer);
    expect(location.searchParams.get("code_challenge_method")).toBe("S256");
    expect(location.searchParams.get("code_challenge")).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(location.searchParams.get("state")).toBeTruthy();
    expect(location.searchParams.get("nonce")).toBeTruthy();
    const flowCookie = authorize.headers.getSetCookie().find((c) => c.startsWith("wijkbord_signin="));
    expect(flowCookie).toMatch(/HttpOnly/i);
    expect(flowCookie).toMatch(/SameSite=Lax/i);
    expect(flowCookie).not.toMatch(/Secure/i);

    const done = await signIn(new CookieJar(), server, ANNA, "/mijn");
    expect(done.status).toBe(302);
    expect(done.headers.get("location")).toBe("/mijn");
    const loginCookie = done.headers.getSetCookie().find((c) => c.startsWith("wijkbord_login="));
    expect(loginCookie).toMatch(/^wijkbord_login=[A-Za-z0-9_-]{43};/);
    expect(loginCookie).toMatch(/HttpOnly/i);
    expect(loginCookie).toMatch(/SameSite=Lax/i);
    expect(loginCookie).toMatch(/Path=\//);
    expect(loginCookie).not.toMatch(/Secure/i);
  });

  it("knows the organiser and their teams after signing in; signing out ends it server-side", async () => {
    await startWith();
    const jar = new CookieJar();
    await signIn(jar, server, ANNA);
    expect(await me(jar, server)).toEqual({
      signInAvailable: true,
      signInRequired: false,
      organiser: { name: "Anna de Vries", teams: ["wijkteam-noord"] },
    });
    const stolen = jar.get(server.url, "wijkbord_login") as string;
    const out = await jar.fetch(`${server.url}${ORGANISER_PATHS.logout}`, {
      method: "POST",
      headers: { origin: server.url },
    });
    expect(out.status).toBe(204);
    expect(out.headers.getSetCookie().find((c) => c.startsWith("wijkbord_login="))).toMatch(/Max-Age=0/i);
    expect((await me(jar, server)).organiser).toBeNull();
    // The old cookie value is worthless after sign-out: the row is gone, not just the cookie.
    const replay = new CookieJar();
    replay.set(server.url, "wijkbord_login", stolen);
    expect((await me(replay, server)).organiser).toBeNull();
  });

  it("sets the cookies Secure when the public address is https", async () => {
    await startWith({ publicUrl: "https://wijkbord.example" });
    const res = await new CookieJar().fetch(`http://localhost:${server.port}${ORGANISER_PATHS.login}`);
    expect(res.status).toBe(302);
    const flowCookie = res.headers.getSetCookie().find((c) => c.startsWith("wijkbord_signin="));
    expect(flowCookie).toMatch(/;\s*Secure/i);
    expect(new URL(res.headers.get("location") ?? "").searchParams.get("redirect_uri")).toBe(
      "https://wijkbord.example/auth/callback",
    );
  });

  it("REQUIRE_SIGN_IN refuses an anonymous create with 401 in Dutch, and lets a signed-in organiser create", async () => {
    await startWith({ requireSignIn: true });
    const anonymous = new CookieJar();
    expect((await me(anonymous, server)).signInRequired).toBe(true);
    const refused = await create(anonymous, server);
    expect(refused.status).toBe(401);
    const body = (await refused.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("sign_in_required");
    expect(body.error.message).toMatch(/^log in met je organisatieaccount/);
    // The import and restore routes create sessions too.
    const importRefused = await anonymous.fetch(`${server.url}${PATHS.sessions}/import`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{}",
    });
    expect(importRefused.status).toBe(401);

    const jar = new CookieJar();
    await signIn(jar, server, ANNA);
    const created = await create(jar, server);
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as CreateSessionResponse;
    expect(await server.storage.organisers.ownerOf(id)).toEqual({
      subject: "anna",
      team: "wijkteam-noord",
      archived: false,
    });
  });

  it("without REQUIRE_SIGN_IN anyone still creates; an anonymous session has no owner", async () => {
    await startWith();
    const created = await create(new CookieJar(), server, null);
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as CreateSessionResponse;
    expect(await server.storage.organisers.ownerOf(id)).toBeUndefined();
  });

  it("refuses a replayed callback (same state and code) clearly and changes nothing", async () => {
    await startWith();
    const jar = new CookieJar();
    const callbackUrl = await loginAtProvider(jar, server, ANNA);
    const flowId = jar.get(server.url, "wijkbord_signin") as string;
    const first = await jar.fetch(callbackUrl);
    expect(first.status).toBe(302);
    const signedInAs = jar.get(server.url, "wijkbord_login");

    // The same redirect again, even with the flow cookie put back: the flow row was taken.
    const attacker = new CookieJar();
    attacker.set(server.url, "wijkbord_signin", flowId);
    const replay = await attacker.fetch(callbackUrl);
    expect(replay.status).toBe(400);
    expect(await replay.text()).toContain("verlopen of al gebruikt");
    expect(replay.headers.getSetCookie().some((c) => c.startsWith("wijkbord_login="))).toBe(false);
    expect((await me(attacker, server)).organiser).toBeNull();
    // The first sign-in is unaffected.
    expect(jar.get(server.url, "wijkbord_login")).toBe(signedInAs);
    expect((await me(jar, server)).organiser?.name).toBe("Anna de Vries");
  });

  it("refuses a used code with a fresh flow (the provider refuses it) and a state that does not match", async () => {
    await startWith();
    const jar = new CookieJar();
    const callbackUrl = await loginAtProvider(jar, server, ANNA);
    expect((await jar.fetch(callbackUrl)).status).toBe(302);

    // A new sign-in under way, presented with the old code and state: the state does not match.
    const other = new CookieJar();
    await other.fetch(`${server.url}${ORGANISER_PATHS.login}`);
    const wrongState = await other.fetch(callbackUrl);
    expect(wrongState.status).toBe(400);
    expect(await wrongState.text()).toContain("geen geldige aanmelding");
    expect((await me(other, server)).organiser).toBeNull();

    // The right state of a new flow with the old code: the provider refuses a code used once.
    const third = new CookieJar();
    const authorize = await third.fetch(`${server.url}${ORGANISER_PATHS.login}`);
    const state = new URL(authorize.headers.get("location") ?? "").searchParams.get("state") as string;
    const forged = new URL(callbackUrl);
    forged.searchParams.set("state", state);
    const usedCode = await third.fetch(forged.href);
    expect(usedCode.status).toBe(400);
    expect((await me(third, server)).organiser).toBeNull();
  });

  it("refuses an expired sign-in attempt", async () => {
    let now = Date.now();
    await startWith({ now: () => now });
    const jar = new CookieJar();
    const callbackUrl = await loginAtProvider(jar, server, ANNA);
    now += 11 * 60_000;
    const late = await jar.fetch(callbackUrl);
    expect(late.status).toBe(400);
    expect(await late.text()).toContain("verlopen of al gebruikt");
    expect((await me(jar, server)).organiser).toBeNull();
  });

  it("treats a tampered or unknown login cookie as signed out, refusing the dashboard with 401", async () => {
    await startWith();
    const jar = new CookieJar();
    await signIn(jar, server, ANNA);
    const real = jar.get(server.url, "wijkbord_login") as string;
    const flipped = `${real.slice(0, -1)}${real.endsWith("A") ? "B" : "A"}`;
    for (const value of [flipped, `${real}x`, "not-a-cookie", ""]) {
      const tampered = new CookieJar();
      tampered.set(server.url, "wijkbord_login", value);
      expect((await me(tampered, server)).organiser).toBeNull();
      const list = await tampered.fetch(`${server.url}${ORGANISER_PATHS.sessions}`);
      expect(list.status).toBe(401);
      expect(((await list.json()) as { error: { message: string } }).error.message).toMatch(
        /niet \(meer\) ingelogd/,
      );
    }
    expect((await me(jar, server)).organiser?.name).toBe("Anna de Vries");
  });

  it("refuses a signed-in organiser's state-changing request from another origin (CSRF), changing nothing", async () => {
    await startWith();
    const jar = new CookieJar();
    await signIn(jar, server, ANNA);
    const created = (await (await create(jar, server)).json()) as CreateSessionResponse;
    for (const origin of ["https://evil.example", null]) {
      const before = await server.storage.organisers.ownerOf(created.id);
      const archive = await jar.fetch(`${server.url}${ORGANISER_PATHS.sessions}/${created.id}/archive`, {
        method: "POST",
        headers: { "content-type": "application/json", ...(origin ? { origin } : {}) },
        body: JSON.stringify({ archived: true }),
      });
      expect(archive.status).toBe(403);
      expect(((await archive.json()) as { error: { code: string } }).error.code).toBe("csrf");
      expect(await server.storage.organisers.ownerOf(created.id)).toEqual(before);
      const createRefused = await create(jar, server, origin);
      expect(createRefused.status).toBe(403);
      const logout = await jar.fetch(`${server.url}${ORGANISER_PATHS.logout}`, {
        method: "POST",
        headers: origin ? { origin } : {},
      });
      expect(logout.status).toBe(403);
      expect((await me(jar, server)).organiser).not.toBeNull();
    }
    const sameSite = await jar.fetch(`${server.url}${ORGANISER_PATHS.sessions}/${created.id}/archive`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: server.url },
      body: JSON.stringify({ archived: true }),
    });
    expect(sameSite.status).toBe(200);
    expect((await server.storage.organisers.ownerOf(created.id))?.archived).toBe(true);
  });
});
