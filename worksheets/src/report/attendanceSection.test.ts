import { LIMITS } from "@wijkbord/shared";
import { describe, expect, it } from "vitest";
import { fixtureNoteRecord, fixtureSession } from "../../../tests/fixtures/fixtureSession.ts";
import { attendanceSection } from "./attendanceSection.ts";
import { buildReportModel } from "./buildReportModel.ts";

const participants = {
  fac: { name: "Fleur", color: "#1971c2", joinedAt: "2026-03-04T18:55:00.000Z", role: "facilitator" },
  bram: { name: "Bram", color: "#2f9e44", joinedAt: "2026-03-04T19:05:00.000Z" },
  anna: { name: "Anna", color: "#e03131", joinedAt: "2026-03-04T19:01:00.000Z" },
  cofa: { name: "Cor", color: "#f08c00", joinedAt: "2026-03-04T19:00:00.000Z" },
  gone: { name: "Gijs", color: "#0b7285", joinedAt: "2026-03-04T19:10:00.000Z" },
  broken: { name: "", color: "red", joinedAt: 5 },
};
const members = { cofa: "facilitator", gone: "removed" };
const sheets = [
  { instanceId: "a", title: "Werkblad A" },
  { instanceId: "b", title: "Werkblad B" },
];

describe("attendanceSection", () => {
  it("counts the participants who joined online, not the facilitators, and adds the room", () => {
    const a = attendanceSection(participants, members, 12, false, sheets, []);
    expect(a.online).toBe(3);
    expect(a.inRoom).toBe(12);
    expect(a.total).toBe(15);
    expect(a.joined).toEqual([
      { name: "Anna", joinedAt: "2026-03-04T19:01:00.000Z" },
      { name: "Bram", joinedAt: "2026-03-04T19:05:00.000Z" },
      { name: "Gijs", joinedAt: "2026-03-04T19:10:00.000Z" },
    ]);
  });

  it("leaves the names out in an anonymous session, keeping the times", () => {
    const a = attendanceSection(participants, members, undefined, true, sheets, []);
    expect(a.joined.map((j) => j.name)).toEqual([null, null, null]);
    expect(a.joined.map((j) => j.joinedAt)).toHaveLength(3);
  });

  it("has no room count unless the facilitator entered a valid one", () => {
    for (const bad of [undefined, -1, 2.5, "12", LIMITS.maxRoomCount + 1, Number.NaN]) {
      const a = attendanceSection(participants, members, bad, false, sheets, []);
      expect(a.inRoom, String(bad)).toBeNull();
      expect(a.total).toBe(3);
    }
    expect(attendanceSection({}, undefined, 0, false, [], []).inRoom).toBe(0);
  });

  it("counts notes and their different writers per worksheet, in agenda order", () => {
    const notes = [
      { instanceId: "b", authorId: "anna" },
      { instanceId: "b", authorId: "anna" },
      { instanceId: "b", authorId: "bram" },
      { instanceId: "a", authorId: "bram" },
      { instanceId: null, authorId: "bram" },
    ];
    expect(attendanceSection(participants, members, 0, false, sheets, notes).worksheets).toEqual([
      { instanceId: "a", title: "Werkblad A", notes: 1, writers: 1 },
      { instanceId: "b", title: "Werkblad B", notes: 3, writers: 2 },
    ]);
  });
});

describe("buildReportModel's attendance", () => {
  const f = fixtureSession();
  const input = {
    session: { title: f.title, wijk: f.wijk, createdAt: f.createdAt, roomCount: 7 },
    placements: f.placements,
    records: f.notes.map((n) => fixtureNoteRecord(n)),
    fields: f.fields,
    participants: f.participants,
    texts: f.texts,
  };

  it("reads the session's participants, room count and the notes on each worksheet", () => {
    const model = buildReportModel(input, "nl");
    const online = Object.keys(f.participants).length;
    expect(model.attendance.online).toBe(online);
    expect(model.attendance.inRoom).toBe(7);
    expect(model.attendance.total).toBe(online + 7);
    expect(model.attendance.worksheets.map((w) => w.instanceId)).toEqual(
      f.placements.map((p) => p.instanceId),
    );
    for (const w of model.attendance.worksheets) {
      const onIt = f.notes.filter((n) => n.instanceId === w.instanceId);
      expect(w.notes, w.instanceId).toBe(onIt.length);
      expect(w.writers, w.instanceId).toBe(new Set(onIt.map((n) => n.authorId)).size);
      expect(w.title).toBe(model.worksheets.find((s) => s.instanceId === w.instanceId)?.title);
    }
  });

  it("names nobody when the session is anonymous", () => {
    const model = buildReportModel({ ...input, session: { ...input.session, anonymous: true } }, "nl");
    expect(model.attendance.joined.length).toBeGreaterThan(0);
    expect(model.attendance.joined.every((j) => j.name === null)).toBe(true);
  });
});
