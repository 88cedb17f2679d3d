import { describe, expect, it } from "vitest";
import { sealTokens, unsealTokens } from "./sealTokens.ts";
import { generateToken } from "./tokens.ts";

describe("sealTokens", () => {
  const facilitator = generateToken();
  const tokens = { participant: generateToken(), viewer: generateToken() };

  it("round-trips with the facilitator token and never stores the tokens in clear", () => {
    const sealed = sealTokens(tokens, facilitator, "session-1");
    expect(unsealTokens(sealed, facilitator, "session-1")).toEqual(tokens);
    const raw = Buffer.from(sealed).toString("latin1");
    expect(raw).not.toContain(tokens.participant);
    expect(raw).not.toContain(tokens.viewer);
  });

  it("yields nothing for another token, another session or a damaged blob", () => {
    const sealed = sealTokens(tokens, facilitator, "session-1");
    expect(unsealTokens(sealed, tokens.participant, "session-1")).toBeNull();
    expect(unsealTokens(sealed, facilitator, "session-2")).toBeNull();
    const damaged = Uint8Array.from(sealed);
    damaged[damaged.length - 1] = (damaged[damaged.length - 1] ?? 0) ^ 1;
    expect(unsealTokens(damaged, facilitator, "session-1")).toBeNull();
    expect(unsealTokens(new Uint8Array(3), facilitator, "session-1")).toBeNull();
  });

  it("carries a format version and refuses unknown ones", () => {
    const sealed = Uint8Array.from(sealTokens(tokens, facilitator, "s"));
    expect(sealed[0]).toBe(1);
    sealed[0] = 2;
    expect(unsealTokens(sealed, facilitator, "s")).toBeNull();
  });
});
