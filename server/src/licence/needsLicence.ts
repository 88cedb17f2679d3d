const isLoopback = (host: string) =>
  host === "localhost" || host === "::1" || /^127(?:\.\d{1,3}){3}$/.test(host);

/**
 * Whether tldraw (a production build) wants a key at this address: on https, unless the host is
 * loopback; and on any `*.localhost` host, which tldraw treats as production even over http.
 */
export function needsLicence(publicUrl: URL): boolean {
  const host = publicUrl.hostname.toLowerCase().replace(/^\[|\]$/g, "");
  if (host.endsWith(".localhost")) return true;
  if (publicUrl.protocol !== "https:") return false;
  return !isLoopback(host);
}
