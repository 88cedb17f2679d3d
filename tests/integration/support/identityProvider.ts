import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import Provider, { type ProviderContext } from "oidc-provider";

export interface TestAccount {
  /** What the test types as the login on the provider's page; the `sub`. */
  login: string;
  name: string;
  groups: string[];
}

export interface IdentityProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  close(): Promise<void>;
}

export interface ListeningProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Starts answering as the provider, for a client with these redirect URIs. */
  serve(
    redirectUris: string[],
    accounts: TestAccount[],
    options?: { codeTtlSeconds?: number },
  ): IdentityProvider;
  close(): Promise<void>;
}

/**
 * A real OpenID Provider (panva's certified `oidc-provider`) on a free port of 127.0.0.1, in two
 * steps: listening first (its issuer URL holds the port), then `serve` once Wijkbord's redirect URI
 * is known (it holds Wijkbord's port). One confidential client (PKCE required) and the provider's
 * development login page: any login signs in, as the account of that name in `accounts` (or a bare
 * one). Consent is granted without asking, as for a municipality's own app.
 */
export async function listenIdentityProvider(): Promise<ListeningProvider> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clientId = "wijkbord-test";
  const clientSecret = "wijkbord-test-secret-0123456789abcdef";
  const close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return {
    issuer,
    clientId,
    clientSecret,
    close,
    serve: (redirectUris, accounts, options = {}) => {
      const provider = providerFor(issuer, { clientId, clientSecret, redirectUris, accounts, ...options });
      server.on("request", provider.callback());
      return { issuer, clientId, clientSecret, close };
    },
  };
}

/** `listenIdentityProvider` and `serve` in one, for redirect URIs known beforehand. */
export async function startIdentityProvider(
  redirectUris: string[],
  accounts: TestAccount[],
  options: { codeTtlSeconds?: number } = {},
): Promise<IdentityProvider> {
  return (await listenIdentityProvider()).serve(redirectUris, accounts, options);
}

function providerFor(
  issuer: string,
  c: {
    clientId: string;
    clientSecret: string;
    redirectUris: string[];
    accounts: TestAccount[];
    codeTtlSeconds?: number;
  },
): Provider {
  return new Provider(issuer, {
    clients: [
      {
        client_id: c.clientId,
        client_secret: c.clientSecret,
        redirect_uris: c.redirectUris,
        grant_types: ["authorization_code"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_basic",
      },
    ],
    pkce: { required: () => true },
    claims: { openid: ["sub"], profile: ["name", "groups"], email: ["email"] },
    features: { devInteractions: { enabled: true } },
    cookies: { keys: ["wijkbord-test-cookie-key"] },
    ttl: { AuthorizationCode: c.codeTtlSeconds ?? 60 },
    findAccount: (_ctx: unknown, id: string) => {
      const account = c.accounts.find((a) => a.login === id) ?? { login: id, name: id, groups: [] };
      return {
        accountId: id,
        claims: () => ({ sub: id, name: account.name, groups: account.groups, email: `${id}@example.test` }),
      };
    },
    loadExistingGrant: async (ctx: ProviderContext) => {
      const { oidc } = ctx;
      const grantId = oidc.result?.consent?.grantId ?? oidc.session.grantIdFor(oidc.client.clientId);
      if (grantId) return oidc.provider.Grant.find(grantId);
      const grant = new oidc.provider.Grant({
        clientId: oidc.client.clientId,
        accountId: oidc.session.accountId,
      });
      grant.addOIDCScope("openid profile email");
      grant.addOIDCClaims(["name", "groups", "email"]);
      await grant.save();
      return grant;
    },
  });
}
