/**
 * Cross-site WebSocket hijacking guard: browsers always send `Origin` on a WebSocket upgrade, and a
 * page on another site must not open a socket with a token it learned. Allowed: the configured
 * public URL's origin, or the same host the request was addressed to (the app reached at another
 * address of this server, e.g. 127.0.0.1 instead of localhost). No `Origin` at all means a
 * non-browser client (a script with its own token), which CSWSH does not concern.
 */
export function isAllowedOrigin(
  origin: string | undefined,
  host: string | undefined,
  publicUrl: string,
): boolean {
  if (origin === undefined) return true;
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false;
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return false;
  if (parsed.origin === new URL(publicUrl).origin) return true;
  return host !== undefined && parsed.host === host.toLowerCase();
}
