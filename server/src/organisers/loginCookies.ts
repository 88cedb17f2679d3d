import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";

/** The organiser's sign-in: a random id whose hash keys the row in storage. */
export const LOGIN_COOKIE = "wijkbord_login";
/** A sign-in under way (state, nonce, PKCE verifier server-side); only the callback reads it. */
export const FLOW_COOKIE = "wijkbord_signin";
const FLOW_PATH = "/auth";

/** Cookie ids are 32 random bytes in base64url; anything else is not worth a lookup. */
const COOKIE_ID = /^[A-Za-z0-9_-]{43}$/;

function flags(publicUrl: string, path: string, maxAgeSeconds: number) {
  // Lax: sent on the identity provider's redirect back (a top-level GET), never on another site's POST.
  return {
    httpOnly: true,
    secure: publicUrl.startsWith("https:"),
    sameSite: "Lax" as const,
    path,
    maxAge: maxAgeSeconds,
  };
}

export function setLoginCookie(c: Context, publicUrl: string, id: string, maxAgeSeconds: number): void {
  setCookie(c, LOGIN_COOKIE, id, flags(publicUrl, "/", maxAgeSeconds));
}

export function setFlowCookie(c: Context, publicUrl: string, id: string, maxAgeSeconds: number): void {
  setCookie(c, FLOW_COOKIE, id, flags(publicUrl, FLOW_PATH, maxAgeSeconds));
}

export function clearLoginCookie(c: Context, publicUrl: string): void {
  deleteCookie(c, LOGIN_COOKIE, flags(publicUrl, "/", 0));
}

export function clearFlowCookie(c: Context, publicUrl: string): void {
  deleteCookie(c, FLOW_COOKIE, flags(publicUrl, FLOW_PATH, 0));
}

/** The cookie's id when it is well-formed, else null (a tampered value is as good as none). */
export function cookieId(c: Context, name: string): string | null {
  const value = getCookie(c, name);
  return value && COOKIE_ID.test(value) ? value : null;
}
