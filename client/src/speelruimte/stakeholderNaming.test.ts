import { BOARD, CONTROL, FACILITATION } from "@wijkbord/shared";
import { fieldValue, getWorksheet, layoutSession } from "@wijkbord/worksheets";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { moveKeptNamesToGroup, readStakeholderNames, setStakeholderNames } from "./stakeholderNaming.ts";

const placements = layoutSession(["speelruimte", "speelruimte"]);
const K1 = "speelruimte/stakeholder-1-naam";
const K2 = "speelruimte-2/stakeholder-1-naam";

/** What everyone sees in a name field, read as the report reads it. */
function shown(control: Y.Doc, board: Y.Doc, key: string): string | undefined {
  const [instanceId, fieldId] = key.split("/");
  const field = getWorksheet("speelruimte")?.fields.find((f) => f.id === fieldId);
  if (!field || !instanceId) throw new Error(key);
  return fieldValue(
    field,
    instanceId,
    board.getMap(BOARD.fields).toJSON(),
    control.getMap(CONTROL.texts).toJSON(),
    { naming: readStakeholderNames(control) },
  );
}

describe("who names the stakeholders", () => {
  it("is the group unless the facilitator chose otherwise", () => {
    const control = new Y.Doc();
    expect(readStakeholderNames(control)).toBe("group");
    control.getMap(CONTROL.facilitation).set(FACILITATION.stakeholderNames, "iedereen");
    expect(readStakeholderNames(control)).toBe("group");
    control.getMap(CONTROL.facilitation).set(FACILITATION.stakeholderNames, "facilitator");
    expect(readStakeholderNames(control)).toBe("facilitator");
  });

  it("keeps every name as shown when the facilitator takes the names over and hands them back", () => {
    const control = new Y.Doc();
    const board = new Y.Doc();
    board.getMap(BOARD.fields).set(K1, "Huurders");
    setStakeholderNames(control, board, placements, "facilitator");
    expect(readStakeholderNames(control)).toBe("facilitator");
    expect(shown(control, board, K1)).toBe("Huurders");
    // Every name field now has the facilitator's value, the empty ones too: a board value no longer shows.
    expect(control.getMap(CONTROL.texts).get(K2)).toBe("");
    board.getMap(BOARD.fields).set(K2, "van een deelnemer");
    expect(shown(control, board, K2)).toBe("");

    control.getMap(CONTROL.texts).set(K1, "Huurdersvereniging");
    setStakeholderNames(control, board, placements, "group");
    expect(readStakeholderNames(control)).toBe("group");
    expect(shown(control, board, K1)).toBe("Huurdersvereniging");
    expect(shown(control, board, K2)).toBe("");
    expect(control.getMap(CONTROL.texts).has(K1)).toBe(false);
    // And what the group types shows.
    board.getMap(BOARD.fields).set(K1, "Huurders en VvE");
    expect(shown(control, board, K1)).toBe("Huurders en VvE");
  });

  it("moves names a facilitator kept before the choice existed to the board, so the group can change them", () => {
    const control = new Y.Doc();
    const board = new Y.Doc();
    control.getMap(CONTROL.texts).set(K1, "Netbeheerder");
    board.getMap(BOARD.fields).set(K1, "oud");
    expect(shown(control, board, K1)).toBe("Netbeheerder");
    expect(moveKeptNamesToGroup(control, board, placements)).toBe(true);
    expect(shown(control, board, K1)).toBe("Netbeheerder");
    expect(board.getMap(BOARD.fields).get(K1)).toBe("Netbeheerder");
    expect(moveKeptNamesToGroup(control, board, placements)).toBe(false);
    // Not while the facilitator names them.
    setStakeholderNames(control, board, placements, "facilitator");
    control.getMap(CONTROL.texts).set(K1, "Enexis");
    expect(moveKeptNamesToGroup(control, board, placements)).toBe(false);
  });
});
