import { describe, expect, it } from "vitest";
import { PresenceSchema } from "./boardRecords.ts";
import {
  PageBoundsSchema,
  ParticipantToolbarSchema,
  ServerTimeSchema,
  SummonsSchema,
  TimerStateSchema,
} from "./facilitation.ts";
import { LIMITS } from "./limits.ts";

describe("facilitation schemas", () => {
  it("accepts the three timer states and refuses broken ones", () => {
    expect(TimerStateSchema.safeParse({ status: "idle" }).success).toBe(true);
    expect(
      TimerStateSchema.safeParse({ status: "running", endsAt: 1_800_000_000_000, durationMs: 300_000 })
        .success,
    ).toBe(true);
    expect(TimerStateSchema.safeParse({ status: "paused", remainingMs: 0, durationMs: 60_000 }).success).toBe(
      true,
    );
    for (const bad of [
      { status: "running", endsAt: "soon", durationMs: 1 },
      { status: "running", endsAt: 1.5, durationMs: 1 },
      { status: "paused", remainingMs: -1, durationMs: 1 },
      { status: "paused", remainingMs: (LIMITS.maxTimerMinutes + 1) * 60_000, durationMs: 1 },
      { status: "ticking" },
      null,
    ]) {
      expect(TimerStateSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });

  it("needs a summons to carry an id, a sender and a real rectangle", () => {
    const ok = { id: "s1", by: "p1", bounds: { x: -5, y: 3, w: 100, h: 50 }, at: 1, worksheet: null };
    expect(SummonsSchema.safeParse(ok).success).toBe(true);
    expect(SummonsSchema.safeParse({ ...ok, id: "" }).success).toBe(false);
    expect(SummonsSchema.safeParse({ ...ok, bounds: { x: 0, y: 0, w: 0, h: 5 } }).success).toBe(false);
    expect(PageBoundsSchema.safeParse({ x: Number.NaN, y: 0, w: 1, h: 1 }).success).toBe(false);
    expect(ParticipantToolbarSchema.safeParse("full").success).toBe(true);
    expect(ParticipantToolbarSchema.safeParse("all").success).toBe(false);
    expect(ServerTimeSchema.safeParse({ now: 1_800_000_000_000 }).success).toBe(true);
    expect(ServerTimeSchema.safeParse({ now: "now" }).success).toBe(false);
  });

  it("keeps a person in presence when one of the extras is malformed", () => {
    const user = { id: "p1", name: "Anna", color: "#1971c2", role: "participant" };
    const parsed = PresenceSchema.parse({
      user,
      viewport: { x: 0, y: 0, w: -1, h: 1 },
      handUp: "yes",
      reaction: { kind: "heart", id: "r1" },
    });
    expect(parsed.viewport).toBeUndefined();
    expect(parsed.handUp).toBeUndefined();
    expect(parsed.reaction).toEqual({ kind: "heart", id: "r1" });
    expect(PresenceSchema.parse({ user, reaction: { kind: "rocket", id: "r2" } }).reaction).toBeUndefined();
  });
});
