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

describe("fieldValue: who names the stakeholders", () => {
  const name = { id: "stakeholder-1-naam", facilitatorOnly: true };
  const key = "s/stakeholder-1-naam";

  it("reads the group's board value while the group names them (the default)", () => {
    expect(fieldValue(name, "s", { [key]: "Huurdersvereniging" }, {}, { naming: "group" })).toBe(
      "Huurdersvereniging",
    );
    // A name a facilitator kept before the choice existed still shows, until it is moved to the board.
    expect(fieldValue(name, "s", { [key]: "oud" }, { [key]: "Netbeheerder" }, { naming: "group" })).toBe(
      "Netbeheerder",
    );
  });

  it("reads only the facilitator's value once the facilitator names them, even an emptied one", () => {
    const facilitator = { naming: "facilitator" } as const;
    expect(fieldValue(name, "s", { [key]: "van een deelnemer" }, { [key]: "Gemeente" }, facilitator)).toBe(
      "Gemeente",
    );
    expect(fieldValue(name, "s", { [key]: "van een deelnemer" }, { [key]: "" }, facilitator)).toBe("");
    // Not written by the facilitator yet: what the board had.
    expect(fieldValue(name, "s", { [key]: "Bewoners" }, {}, facilitator)).toBe("Bewoners");
  });
});

describe("fieldValue: prefilled fields", () => {
  const wijkField = { id: "wijk", prefill: "wijk" as const };

  it("shows the session's wijk until someone writes the field, then what they wrote", () => {
    expect(fieldValue(wijkField, "p", {}, {}, { wijk: "Atolwijk" })).toBe("Atolwijk");
    expect(fieldValue(wijkField, "p", { "p/wijk": "Atolwijk-Noord" }, {}, { wijk: "Atolwijk" })).toBe(
      "Atolwijk-Noord",
    );
    // Emptied on purpose: stays empty.
    expect(fieldValue(wijkField, "p", { "p/wijk": "" }, {}, { wijk: "Atolwijk" })).toBe("");
    expect(fieldValue({ id: "conclusie" }, "p", {}, {}, { wijk: "Atolwijk" })).toBeUndefined();
  });
});
