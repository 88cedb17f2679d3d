import type { OwnedSession } from "@wijkbord/shared";
import { describe, expect, it } from "vitest";
import { sortSessions } from "./sortSessions.ts";

const row = (id: string, over: Partial<OwnedSession>): OwnedSession => ({
  id,
  title: id,
  wijk: "Noord",
  createdAt: "2026-01-01T00:00:00.000Z",
  lastActive: "2026-01-01T00:00:00.000Z",
  mine: true,
  team: null,
  archived: false,
  participants: 0,
  notes: null,
  deletesAt: null,
  ...over,
});

const rows = [
  row("sessionAAAAAA", {
    title: "Café-avond",
    createdAt: "2026-01-02T00:00:00.000Z",
    deletesAt: "2026-05-01T00:00:00.000Z",
  }),
  row("sessionBBBBBB", { title: "Buurtschouw", wijk: "Zuid", lastActive: "2026-03-01T00:00:00.000Z" }),
  row("sessionCCCCCC", { title: "Archief", archived: true, createdAt: "2026-01-03T00:00:00.000Z" }),
];

describe("sortSessions", () => {
  it("hides archived rows unless asked, newest first by default", () => {
    expect(sortSessions(rows, { query: "", sort: "created", archived: false }).map((r) => r.title)).toEqual([
      "Café-avond",
      "Buurtschouw",
    ]);
    expect(sortSessions(rows, { query: "", sort: "created", archived: true })[0]?.title).toBe("Archief");
  });

  it("searches title and wijk without regard to case or accents", () => {
    expect(
      sortSessions(rows, { query: "CAFE", sort: "created", archived: false }).map((r) => r.title),
    ).toEqual(["Café-avond"]);
    expect(
      sortSessions(rows, { query: "zuid", sort: "created", archived: false }).map((r) => r.title),
    ).toEqual(["Buurtschouw"]);
  });

  it("sorts by last activity, title and the retention date (kept ones last)", () => {
    const opts = { query: "", archived: false } as const;
    expect(sortSessions(rows, { ...opts, sort: "activity" })[0]?.title).toBe("Buurtschouw");
    expect(sortSessions(rows, { ...opts, sort: "title" }).map((r) => r.title)).toEqual([
      "Buurtschouw",
      "Café-avond",
    ]);
    expect(sortSessions(rows, { ...opts, sort: "deletion" })[0]?.title).toBe("Café-avond");
  });
});
