import { describe, expect, it } from "vitest";
import { fieldValue } from "./fieldValue.ts";

describe("fieldValue", () => {
  const group = { id: "conclusie" };
  const facilitators = { id: "stakeholder-1-naam", facilitatorOnly: true };

  it("reads the group's fields from the board and the facilitator's from the control texts", () => {
    const fields = { "s/conclusie": "Samen", "s/stakeholder-1-naam": "oud" };
    const texts = { "s/conclusie": "genegeerd", "s/stakeholder-1-naam": "Woningcorporatie" };
    expect(fieldValue(group, "s", fields, texts)).toBe("Samen");
    expect(fieldValue(facilitators, "s", fields, texts)).toBe("Woningcorporatie");
  });

  it("falls back to what the board kept before a field became the facilitator's", () => {
    expect(fieldValue(facilitators, "s", { "s/stakeholder-1-naam": "Netbeheerder" }, {})).toBe(
      "Netbeheerder",
    );
    expect(
      fieldValue(
        facilitators,
        "s",
        { "s/stakeholder-1-naam": "Netbeheerder" },
        { "s/stakeholder-1-naam": "" },
      ),
    ).toBe("Netbeheerder");
    expect(fieldValue(facilitators, "s", {}, {})).toBeUndefined();
    expect(fieldValue(facilitators, "s", {}, { "s/stakeholder-1-naam": 7 })).toBeUndefined();
  });
});
