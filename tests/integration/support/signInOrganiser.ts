import { ORGANISER_PATHS } from "@wijkbord/shared";
import type { CookieJar } from "./cookieJar.ts";
import type { TestAccount } from "./identityProvider.ts";
import type { TestServer } from "./startServer.ts";

/** Everything up to the provider's redirect back to Wijkbord: the callback URL with code and state. */
export async function loginAtProvider(
  jar: CookieJar,
  server: TestServer,
  account: TestAccount,
  returnTo = "/",
) {
  const callback = `${server.url}${ORGANISER_PATHS.callback}`;
  const start = await jar.follow(
    `${server.url}${ORGANISER_PATHS.login}?returnTo=${encodeURIComponent(returnTo)}`,
    (url) => url.startsWith(callback),
  );
  if (!start.res) throw new Error(`no login page: stopped at ${start.url}`);
  const page = await start.res.text();
  const action = page.match(/<form[^>]*action="([^"]+)"/)?.[1];
  if (!action) throw new Error(`no login form at ${start.url}: ${page.slice(0, 200)}`);
  const submitted = await jar.fetch(new URL(action, start.url).href, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ prompt: "login", login: account.login, password: "wachtwoord" }).toString(),
  });
  const back = await jar.follow(new URL(submitted.headers.get("location") ?? "", start.url).href, (url) =>
    url.startsWith(callback),
  );
  if (!back.url.startsWith(callback)) throw new Error(`not sent back: ${back.url}`);
  return back.url;
}

export async function signIn(jar: CookieJar, server: TestServer, account: TestAccount, returnTo = "/") {
  const callbackUrl = await loginAtProvider(jar, server, account, returnTo);
  return jar.fetch(callbackUrl);
}
