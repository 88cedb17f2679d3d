import { describe, expect, it } from "vitest";
import { mayAddNote, noteRights } from "./noteRights.ts";

const anna = { id: "anna", role: "participant" as const };
const note = (over: { isLocked?: boolean; authorId?: string; worksheet?: string } = {}) => ({
  isLocked: over.isLocked ?? false,
  meta: { authorId: over.authorId ?? "bram", worksheet: over.worksheet ?? "open" },
});
const lockedSheet = (instanceId: unknown) => instanceId === "dicht";

describe("noteRights", () => {
  it("lets a participant edit any open note and delete only her own", () => {
    expect(noteRights(note(), anna, lockedSheet)).toEqual({ edit: true, remove: false });
    expect(noteRights(note({ authorId: "anna" }), anna, lockedSheet)).toEqual({ edit: true, remove: true });
  });

  it("refuses a participant a locked note and every note of a locked worksheet, with the reason", () => {
    expect(noteRights(note({ authorId: "anna", isLocked: true }), anna, lockedSheet)).toEqual({
      edit: false,
      remove: false,
      locked: "refusedLocked",
    });
    // Also a note on the locked worksheet that is not locked itself (the facilitator's, added after the lock).
    expect(noteRights(note({ authorId: "anna", worksheet: "dicht" }), anna, lockedSheet)).toEqual({
      edit: false,
      remove: false,
      locked: "worksheetLocked",
    });
  });

  it("lets the facilitator change everything and a viewer nothing", () => {
    const locked = note({ isLocked: true, worksheet: "dicht" });
    expect(noteRights(locked, { id: "fien", role: "facilitator" }, lockedSheet)).toEqual({
      edit: true,
      remove: true,
    });
    expect(noteRights(note(), { id: "vera", role: "viewer" }, lockedSheet)).toEqual({
      edit: false,
      remove: false,
    });
  });

  it("gives nothing for a note that is gone", () => {
    expect(noteRights(undefined, anna, lockedSheet)).toEqual({ edit: false, remove: false });
  });
});

describe("mayAddNote", () => {
  it("refuses participants a locked worksheet, never the facilitator, always viewers", () => {
    expect(mayAddNote("participant", false)).toBe(true);
    expect(mayAddNote("participant", true)).toBe(false);
    expect(mayAddNote("facilitator", true)).toBe(true);
    expect(mayAddNote("viewer", false)).toBe(false);
  });
});
