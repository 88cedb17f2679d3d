/**
 * Whether a key listing `hosts` is for `hostname`, as tldraw decides: the host itself or its `www.`
 * twin (either way round), `*` for every host, `*.example.nl` for its subdomains.
 */
export function hostAllowed(hosts: readonly string[], hostname: string): boolean {
  const current = hostname.toLowerCase();
  return hosts.some((entry) => {
    const host = entry.toLowerCase().trim();
    if (host === current || `www.${host}` === current || host === `www.${current}`) return true;
    if (host === "*") return true;
    if (!host.includes("*")) return false;
    const escaped = host.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*?");
    const glob = new RegExp(`${escaped}$`);
    return glob.test(current) || glob.test(`www.${current}`);
  });
}
