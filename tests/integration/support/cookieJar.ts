/**
 * The cookies a browser would keep, per origin (stricter than a browser, which shares them across
 * ports): enough to follow a sign-in's redirects with fetch.
 */
export class CookieJar {
  private readonly byOrigin = new Map<string, Map<string, string>>();

  /** Stores the response's Set-Cookie headers; an expired or emptied cookie is dropped. */
  store(url: string, res: Response): void {
    const origin = new URL(url).origin;
    const jar = this.byOrigin.get(origin) ?? new Map<string, string>();
    this.byOrigin.set(origin, jar);
    for (const line of res.headers.getSetCookie()) {
      const [pair = "", ...attrs] = line.split(";");
      const eq = pair.indexOf("=");
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attrs.some(
        (a) => /^\s*max-age=0\s*$/i.test(a) || /^\s*expires=Thu, 01 Jan 1970/i.test(a),
      );
      if (expired || value === "") jar.delete(name);
      else jar.set(name, value);
    }
  }

  header(url: string): string {
    const jar = this.byOrigin.get(new URL(url).origin);
    return jar ? [...jar].map(([k, v]) => `${k}=${v}`).join("; ") : "";
  }

  get(url: string, name: string): string | undefined {
    return this.byOrigin.get(new URL(url).origin)?.get(name);
  }

  set(url: string, name: string, value: string): void {
    const origin = new URL(url).origin;
    const jar = this.byOrigin.get(origin) ?? new Map<string, string>();
    jar.set(name, value);
    this.byOrigin.set(origin, jar);
  }

  /** fetch with this jar, not following redirects. */
  async fetch(url: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    const cookie = this.header(url);
    if (cookie) headers.set("cookie", cookie);
    const res = await fetch(url, { ...init, headers, redirect: "manual" });
    this.store(url, res);
    return res;
  }

  /**
   * GETs `url` and follows redirects (at most 20) as a browser would, up to a URL `stopAt` accepts
   * (not requested); the last response (or null when stopped) and its URL.
   */
  async follow(
    url: string,
    stopAt: (url: string) => boolean = () => false,
  ): Promise<{ res: Response | null; url: string; hops: string[] }> {
    let current = url;
    const hops: string[] = [];
    for (let i = 0; i < 20; i++) {
      if (stopAt(current)) return { res: null, url: current, hops };
      hops.push(current);
      const res = await this.fetch(current);
      const location = res.headers.get("location");
      if (res.status < 300 || res.status >= 400 || !location) return { res, url: current, hops };
      await res.body?.cancel();
      current = new URL(location, current).href;
    }
    throw new Error(`too many redirects from ${url}`);
  }
}
