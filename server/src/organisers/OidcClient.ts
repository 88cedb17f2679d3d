import * as client from "openid-client";
import type { OidcSettings } from "./OidcSettings.ts";
import type { Organiser } from "./Organiser.ts";

/** What the callback checks against: the values this server put into the authorization request. */
export interface FlowChecks {
  state: string;
  nonce: string;
  codeVerifier: string;
}

/**
 * The relying party (openid-client): authorization code flow with PKCE (S256), state and nonce.
 * The issuer's metadata is read at the first sign-in, not at start, so an identity provider that is
 * down does not keep Wijkbord from starting; a failed discovery is tried again next time.
 */
export class OidcClient {
  private config: Promise<client.Configuration> | null = null;

  constructor(
    private readonly settings: OidcSettings,
    private readonly redirectUri: () => string,
  ) {}

  /** Fresh checks for one sign-in. */
  static newChecks(): FlowChecks {
    return {
      state: client.randomState(),
      nonce: client.randomNonce(),
      codeVerifier: client.randomPKCECodeVerifier(),
    };
  }

  async authorizationUrl(checks: FlowChecks): Promise<URL> {
    const config = await this.configuration();
    return client.buildAuthorizationUrl(config, {
      redirect_uri: this.redirectUri(),
      scope: this.scopes(),
      state: checks.state,
      nonce: checks.nonce,
      code_challenge: await client.calculatePKCECodeChallenge(checks.codeVerifier),
      code_challenge_method: "S256",
    });
  }

  /** Redeems the code of the callback URL; throws on any mismatch (state, nonce, PKCE, signature). */
  async organiser(callbackUrl: URL, checks: FlowChecks): Promise<Organiser> {
    const config = await this.configuration();
    const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
      pkceCodeVerifier: checks.codeVerifier,
      expectedState: checks.state,
      expectedNonce: checks.nonce,
      idTokenExpected: true,
    });
    const idClaims = tokens.claims();
    if (!idClaims) throw new Error("no ID token");
    let claims: Record<string, unknown> = { ...idClaims };
    // Providers put profile and group claims in the ID token or only behind userinfo: read both.
    if (config.serverMetadata().userinfo_endpoint) {
      const userinfo = await client.fetchUserInfo(config, tokens.access_token, idClaims.sub);
      claims = { ...userinfo, ...claims };
    }
    return {
      subject: idClaims.sub,
      name: firstString(claims.name, claims.preferred_username, claims.email) ?? idClaims.sub,
      teams: this.teamsOf(claims),
    };
  }

  private teamsOf(claims: Record<string, unknown>): string[] {
    const claim = this.settings.teamClaim;
    if (!claim) return [];
    const value = claims[claim];
    const list = Array.isArray(value) ? value : [value];
    return list
      .filter((t): t is string => typeof t === "string" && t.length > 0 && t.length <= 200)
      .slice(0, 50);
  }

  private scopes(): string {
    return this.settings.scopes ?? "openid profile email";
  }

  private configuration(): Promise<client.Configuration> {
    if (!this.config) {
      const issuer = new URL(this.settings.issuer);
      this.config = client
        .discovery(issuer, this.settings.clientId, this.settings.clientSecret, undefined, {
          // An http issuer is for development and tests only; operations.md says to use https.
          execute: issuer.protocol === "http:" ? [client.allowInsecureRequests] : [],
        })
        .catch((err) => {
          this.config = null;
          throw err;
        });
    }
    return this.config;
  }
}

function firstString(...values: unknown[]): string | undefined {
  return values.find((v): v is string => typeof v === "string" && v.length > 0);
}
