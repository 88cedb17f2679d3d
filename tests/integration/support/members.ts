import { randomBytes } from "node:crypto";
import { credentialOf, membersPaths } from "@wijkbord/shared";
import type { WebsocketProvider } from "y-websocket";
import { once } from "./waitFor.ts";

/** A personal secret as a browser makes one (192 random bits, base64url). */
export const newSecret = (): string => randomBytes(24).toString("base64url");

export interface Member {
  id: string;
  secret: string;
  /** `<participant token>.<secret>`: what the app sends as its token. */
  credential: string;
}

/** A JSON POST with a bearer credential; answers status and parsed body. */
export async function postJson(
  server: { url: string },
  path: string,
  credential: string,
  body: unknown = {},
): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${server.url}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${credential}` },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return { status: res.status, body: await res.json().catch(() => null) };
}

/** Registers a fresh participant (id + secret) through the API, as the app does when joining. */
export async function registerMember(
  server: { url: string },
  sessionId: string,
  participantToken: string,
  id = `p-${randomBytes(6).toString("hex")}`,
): Promise<Member> {
  const secret = newSecret();
  const res = await postJson(server, membersPaths.me(sessionId), participantToken, {
    participantId: id,
    secret,
  });
  if (res.status !== 200) throw new Error(`register: ${res.status} ${JSON.stringify(res.body)}`);
  return { id, secret, credential: credentialOf(participantToken, secret) };
}

/** Resolves with the code and reason of the next close the server sends to `provider`. */
export async function nextServerClose(
  provider: WebsocketProvider,
): Promise<{ code: number; reason: string }> {
  const [event] = await once<[CloseEvent | null]>(provider, "connection-close", {
    filter: (e) => e !== null,
  });
  return { code: event?.code ?? -1, reason: event?.reason ?? "" };
}
