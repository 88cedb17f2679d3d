import { createHash, randomBytes } from "node:crypto";
import type { Context } from "hono";
import type { Storage } from "../storage/Storage.ts";
import { cookieId, FLOW_COOKIE, LOGIN_COOKIE } from "./loginCookies.ts";
import type { LoginData, Organiser } from "./Organiser.ts";

export interface LoginLifetimes {
  /** How long a sign-in at the identity provider may take. */
  flowMs: number;
  /** How long a sign-in lasts (absolute: signing in again renews it). */
  loginMs: number;
}

export const DEFAULT_LIFETIMES: LoginLifetimes = { flowMs: 10 * 60_000, loginMs: 8 * 3_600_000 };

const idHash = (id: string) => new Uint8Array(createHash("sha256").update(id).digest());

/**
 * Sign-in rows in storage, so any instance on the same database knows a browser's sign-in. The
 * browser holds only a random id; storage only its hash.
 */
export class OrganiserLogins {
  constructor(
    private readonly storage: Storage,
    private readonly now: () => number,
    readonly lifetimes: LoginLifetimes = DEFAULT_LIFETIMES,
  ) {}

  /** Stores `data` under a new id and returns the id for the cookie. */
  async create(data: LoginData): Promise<string> {
    const id = randomBytes(32).toString("base64url");
    const lifetime = data.kind === "flow" ? this.lifetimes.flowMs : this.lifetimes.loginMs;
    // Expired rows go when new ones come: no timer, and the table stays as small as its use.
    await this.storage.organisers.deleteExpiredLogins(new Date(this.now()).toISOString());
    await this.storage.organisers.createLogin({
      idHash: idHash(id),
      expiresAt: new Date(this.now() + lifetime).toISOString(),
      data: JSON.stringify(data),
    });
    return id;
  }

  /** The sign-in under way named by the flow cookie, taken (usable once), unless expired. */
  async takeFlow(c: Context): Promise<Extract<LoginData, { kind: "flow" }> | null> {
    const id = cookieId(c, FLOW_COOKIE);
    if (!id) return null;
    const row = await this.storage.organisers.takeLogin(idHash(id));
    const data = row && this.live(row.expiresAt, row.data);
    return data?.kind === "flow" ? data : null;
  }

  /** The organiser the login cookie names, or null (no cookie, unknown or expired id). */
  async organiser(c: Context): Promise<Organiser | null> {
    const id = cookieId(c, LOGIN_COOKIE);
    if (!id) return null;
    const row = await this.storage.organisers.findLogin(idHash(id));
    const data = row && this.live(row.expiresAt, row.data);
    if (data?.kind !== "organiser") return null;
    return { subject: data.subject, name: data.name, teams: data.teams };
  }

  /** Ends the sign-in the login cookie names, if any. */
  async end(c: Context): Promise<void> {
    const id = cookieId(c, LOGIN_COOKIE);
    if (id) await this.storage.organisers.takeLogin(idHash(id));
  }

  private live(expiresAt: string, data: string): LoginData | null {
    if (expiresAt <= new Date(this.now()).toISOString()) return null;
    return JSON.parse(data) as LoginData;
  }
}
