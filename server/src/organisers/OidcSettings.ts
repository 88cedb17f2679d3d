/** How organisers sign in (`OIDC_*` in the environment, README "Configuration"). */
export interface OidcSettings {
  /** The issuer URL; its `/.well-known/openid-configuration` is read at the first sign-in. */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The claim naming the organiser's teams (a string or a list of strings), e.g. `groups`; none: no teams. */
  teamClaim?: string;
  /** `REQUIRE_SIGN_IN=1`: creating (importing, restoring) a werksessie needs a sign-in. */
  requireSignIn?: boolean;
  /** Scopes asked for (`OIDC_SCOPES`); default `openid profile email`. */
  scopes?: string;
}
