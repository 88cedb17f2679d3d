import { PARTICIPANTS_PICK, SEATING_KEY, TABLE_SETTINGS_KEY } from "@wijkbord/shared";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { seatingRefusal } from "./seatingRefusal.ts";

/** The room's board with Bram at table 2, picking allowed or not; and an update a client makes on a copy. */
function board(pick: boolean) {
  const doc = new Y.Doc();
  doc.getMap(SEATING_KEY).set("bram", "2");
  doc.getMap(TABLE_SETTINGS_KEY).set(PARTICIPANTS_PICK, pick);
  const change = (edit: (d: Y.Doc) => void) => {
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(doc));
    const before = Y.encodeStateVector(client);
    edit(client);
    return Y.encodeStateAsUpdate(client, before);
  };
  return { doc, change };
}

const anna = { role: "participant" as const, memberId: "anna" };
const facilitator = { role: "facilitator" as const, memberId: null };
const seat = (id: string, table: string | null) => (d: Y.Doc) =>
  table === null ? d.getMap(SEATING_KEY).delete(id) : d.getMap(SEATING_KEY).set(id, table);

describe("seatingRefusal", () => {
  it("passes updates that leave the seats alone, whoever sends them", () => {
    const { doc, change } = board(false);
    expect(
      seatingRefusal(
        doc,
        change((d) => d.getMap("fields").set("x/y", "tekst")),
        anna,
      ),
    ).toBeNull();
  });

  it("lets a participant change only her own seat, and only while picking is allowed", () => {
    const open = board(true);
    expect(seatingRefusal(open.doc, open.change(seat("anna", "1")), anna)).toBeNull();
    expect(seatingRefusal(open.doc, open.change(seat("bram", "1")), anna)).toMatch(/own seat/);
    expect(seatingRefusal(open.doc, open.change(seat("bram", null)), anna)).toMatch(/own seat/);
    expect(seatingRefusal(open.doc, open.change(seat("anna", "1")), { role: "participant" })).toMatch(
      /own seat/,
    );
    const closed = board(false);
    expect(seatingRefusal(closed.doc, closed.change(seat("anna", "1")), anna)).toMatch(/pick/);
  });

  it("lets a facilitator seat anyone and set picking; a seat is a table number", () => {
    const { doc, change } = board(false);
    expect(seatingRefusal(doc, change(seat("bram", "1")), facilitator)).toBeNull();
    expect(seatingRefusal(doc, change(seat("bram", null)), facilitator)).toBeNull();
    expect(
      seatingRefusal(
        doc,
        change((d) => d.getMap(TABLE_SETTINGS_KEY).set(PARTICIPANTS_PICK, true)),
        facilitator,
      ),
    ).toBeNull();
    expect(seatingRefusal(doc, change(seat("bram", "Tafel 1")), facilitator)).toMatch(/table number/);
    expect(
      seatingRefusal(
        doc,
        change((d) => d.getMap(TABLE_SETTINGS_KEY).set("other", 1)),
        facilitator,
      ),
    ).toMatch(/tableSettings/);
    expect(
      seatingRefusal(
        doc,
        change((d) => d.getMap(TABLE_SETTINGS_KEY).set(PARTICIPANTS_PICK, true)),
        anna,
      ),
    ).toMatch(/only a facilitator/);
  });
});
