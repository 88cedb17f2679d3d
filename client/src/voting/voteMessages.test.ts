import { ApiErrorCodeSchema } from "@wijkbord/shared";
import { describe, expect, it } from "vitest";
import { LOCALES } from "../app/messages.ts";
import { VOTE_MESSAGES, voteErrorText, votesLeftText } from "./voteMessages.ts";

describe("vote messages", () => {
  it("has the same keys in every language, none empty", () => {
    const nlKeys = Object.keys(VOTE_MESSAGES.nl).sort();
    for (const locale of LOCALES) {
      expect(Object.keys(VOTE_MESSAGES[locale]).sort()).toEqual(nlKeys);
      for (const value of Object.values(VOTE_MESSAGES[locale])) expect(value.trim()).not.toBe("");
    }
  });

  it("says how many votes are left, in Dutch and English", () => {
    expect([3, 1, 0].map((n) => votesLeftText(VOTE_MESSAGES.nl, n))).toEqual([
      "nog 3 stemmen",
      "nog 1 stem",
      "geen stemmen meer",
    ]);
    expect(votesLeftText(VOTE_MESSAGES.en, 2)).toBe("2 votes left");
  });

  it("translates only codes the server sends (snake_case keys are API error codes)", () => {
    const codes = Object.keys(VOTE_MESSAGES.nl).filter((key) => key.includes("_"));
    expect(codes.length).toBeGreaterThan(5);
    for (const code of codes) expect(ApiErrorCodeSchema.safeParse(code).success, code).toBe(true);
  });

  it("translates known refusals and keeps the server's message otherwise", () => {
    expect(voteErrorText(VOTE_MESSAGES.nl, "no_votes_left", "no votes left")).toBe(
      "Je hebt geen stemmen meer.",
    );
    expect(voteErrorText(VOTE_MESSAGES.en, "odd", "odd thing")).toBe("Did not work: odd thing");
  });
});
