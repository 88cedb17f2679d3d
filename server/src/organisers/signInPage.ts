import { ORGANISER_PATHS } from "@wijkbord/shared";
import type { Context } from "hono";

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/**
 * The answer to a sign-in that failed (the browser came from the identity provider, so a page, not
 * JSON): what happened in Dutch and English, and a way to try again. Never the provider's details.
 */
export function signInFailedPage(c: Context, status: 400 | 503, dutch: string, english: string): Response {
  c.header("Cache-Control", "no-store");
  return c.html(
    `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Inloggen mislukt</title></head>
<body><main><h1>Inloggen mislukt</h1><p>${escapeHtml(dutch)}</p><p lang="en">${escapeHtml(english)}</p>
<p><a href="${ORGANISER_PATHS.login}">Opnieuw inloggen</a> · <a href="/">Naar de startpagina</a></p></main></body></html>`,
    status,
  );
}
