import { describe, expect, it } from "vitest";
import { ANONYMOUS_AUTHOR, anonymiseRecord, RevealRequestSchema, readPrivateMode } from "./privateMode.ts";
import { canWrite, isPrivateDocName, SessionDocNameSchema } from "./roles.ts";

const secret = "AbCdEfGhIjKlMnOpQrStUv"; // 22 base64url characters

describe("private documents", () => {
  it("accept only private-<22–64 base64url characters> besides control and board", () => {
    expect(isPrivateDocName(`private-${secret}`)).toBe(true);
    expect(isPrivateDocName(`private-${secret.slice(1)}`)).toBe(false);
    expect(isPrivateDocName(`private-${"a".repeat(65)}`)).toBe(false);
    expect(isPrivateDocName(`private-${secret.slice(2)}/.`)).toBe(false);
    expect(isPrivateDocName("board")).toBe(false);
    for (const name of ["control", "board", `private-${secret}`]) {
      expect(SessionDocNameSchema.safeParse(name).success).toBe(true);
    }
    expect(SessionDocNameSchema.safeParse("lockedRecords").success).toBe(false);
  });

  it("are written by facilitators and participants, never by viewers", () => {
    const doc = `private-${secret}`;
    expect(canWrite("facilitator", doc)).toBe(true);
    expect(canWrite("participant", doc)).toBe(true);
    expect(canWrite("viewer", doc)).toBe(false);
  });
});

describe("private mode map", () => {
  it("reads a missing or malformed map as off", () => {
    expect(readPrivateMode(new Map())).toEqual({ on: false, anonymous: false, round: 0 });
    expect(
      readPrivateMode(
        new Map<string, unknown>([
          ["on", "yes"],
          ["round", -3],
        ]),
      ),
    ).toEqual({
      on: false,
      anonymous: false,
      round: 0,
    });
    expect(
      readPrivateMode(
        new Map<string, unknown>([
          ["on", true],
          ["anonymous", true],
          ["round", 2],
        ]),
      ),
    ).toEqual({ on: true, anonymous: true, round: 2 });
  });

  it("anonymises both the author's name and id, keeping the rest", () => {
    const record = { id: "shape:a", meta: { authorId: "p1", authorName: "Anna", zone: "z" }, x: 1 };
    expect(anonymiseRecord(record)).toEqual({
      id: "shape:a",
      x: 1,
      meta: { authorId: ANONYMOUS_AUTHOR, authorName: ANONYMOUS_AUTHOR, zone: "z" },
    });
    expect(record.meta.authorName).toBe("Anna");
  });

  it("a reveal request takes only an optional boolean", () => {
    expect(RevealRequestSchema.safeParse({}).success).toBe(true);
    expect(RevealRequestSchema.safeParse({ anonymous: true }).success).toBe(true);
    expect(RevealRequestSchema.safeParse({ anonymous: "ja" }).success).toBe(false);
    expect(RevealRequestSchema.safeParse({ extra: 1 }).success).toBe(false);
  });
});
