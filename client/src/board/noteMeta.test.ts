import { NoteMetaSchema } from "@wijkbord/shared";
import { describe, expect, it } from "vitest";
import { nextNoteMeta, withNoteTimes } from "./noteMeta.ts";

const anna = { id: "p-anna", name: "Anna" };
const bram = { id: "p-bram", name: "Bram" };
const hit = { instanceId: "gedeeld-verhaal", worksheetId: "gedeeld-verhaal", zoneId: "dromen-omgeving" };

describe("nextNoteMeta", () => {
  it("stamps the author and the zone on a new note", () => {
    const meta = nextNoteMeta({}, anna, hit);
    expect(meta).toEqual({
      authorId: "p-anna",
      authorName: "Anna",
      worksheet: "gedeeld-verhaal",
      zone: "dromen-omgeving",
    });
    expect(NoteMetaSchema.safeParse(meta).success).toBe(true);
  });

  it("keeps the author when someone else moves the note, and follows the zone", () => {
    const created = nextNoteMeta({}, anna, hit);
    const moved = nextNoteMeta(created, bram, null);
    expect(moved).toEqual({ authorId: "p-anna", authorName: "Anna", worksheet: null, zone: null });
  });

  it("returns the same object when nothing changed, and keeps unknown keys", () => {
    const created = nextNoteMeta({ extra: 1 }, anna, hit);
    expect(created.extra).toBe(1);
    expect(nextNoteMeta(created, bram, hit)).toBe(created);
  });
});

describe("withNoteTimes", () => {
  const at = "2025-03-01T09:15:00.000Z";
  const later = "2025-03-01T09:40:00.000Z";

  it("stamps a new note with when it was made and changed", () => {
    const meta = withNoteTimes(nextNoteMeta({}, anna, hit), at, true);
    expect(meta).toMatchObject({ createdAt: at, updatedAt: at });
    expect(NoteMetaSchema.safeParse(meta).success).toBe(true);
  });

  it("keeps when a note was made and moves its change time on", () => {
    const made = withNoteTimes({ authorId: "p-anna" }, at, true);
    expect(withNoteTimes(made, later, false)).toMatchObject({ createdAt: at, updatedAt: later });
    // A note made before times were kept gets no made-up creation time.
    expect(withNoteTimes({ authorId: "p-anna" }, later, false)).toEqual({
      authorId: "p-anna",
      updatedAt: later,
    });
  });
});
