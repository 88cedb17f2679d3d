import { describe, expect, it } from "vitest";
import { isAllowedOrigin } from "./isAllowedOrigin.ts";

describe("isAllowedOrigin", () => {
  const pub = "https://wijkbord.example.nl";

  it("allows the public origin and the host the request was addressed to", () => {
    expect(isAllowedOrigin("https://wijkbord.example.nl", "internal:8080", pub)).toBe(true);
    expect(isAllowedOrigin("http://127.0.0.1:8080", "127.0.0.1:8080", pub)).toBe(true);
  });

  it("refuses other sites, look-alikes and non-web origins", () => {
    expect(isAllowedOrigin("https://evil.example", "wijkbord.example.nl", pub)).toBe(false);
    expect(isAllowedOrigin("https://wijkbord.example.nl.evil.example", "x", pub)).toBe(false);
    expect(isAllowedOrigin("http://wijkbord.example.nl", "x", pub)).toBe(false);
    expect(isAllowedOrigin("null", "wijkbord.example.nl", pub)).toBe(false);
    expect(isAllowedOrigin("file://", "wijkbord.example.nl", pub)).toBe(false);
  });

  it("lets clients without an Origin header (scripts, not browsers) through to the token check", () => {
    expect(isAllowedOrigin(undefined, "wijkbord.example.nl", pub)).toBe(true);
  });
});
