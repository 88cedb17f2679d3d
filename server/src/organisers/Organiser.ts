/** A signed-in organiser as the sign-in row holds them: the issuer's `sub`, a display name, teams. */
export interface Organiser {
  subject: string;
  name: string;
  teams: string[];
}

/** What a sign-in row holds (`LoginRecord.data`): a sign-in under way, or the organiser after. */
export type LoginData =
  | { kind: "flow"; state: string; nonce: string; codeVerifier: string; returnTo: string }
  | ({ kind: "organiser" } & Organiser);
