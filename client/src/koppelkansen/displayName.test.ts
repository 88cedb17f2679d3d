import { STARTER_OPGAVEN } from "@wijkbord/worksheets";
import { describe, expect, it } from "vitest";
import { displayName } from "./displayName.ts";

describe("displayName", () => {
  it("translates an untouched starter entry and shows typed names as typed", () => {
    expect(displayName({ name: "Onderwijs", fromList: "onderwijs" }, STARTER_OPGAVEN, "en", "-")).toBe(
      "Education",
    );
    expect(displayName({ name: "Onderwijs", fromList: "onderwijs" }, STARTER_OPGAVEN, "nl", "-")).toBe(
      "Onderwijs",
    );
    expect(
      displayName({ name: "Onderwijs en talent", fromList: "onderwijs" }, STARTER_OPGAVEN, "en", "-"),
    ).toBe("Onderwijs en talent");
    expect(displayName({ name: "Buurtmoestuin" }, STARTER_OPGAVEN, "en", "-")).toBe("Buurtmoestuin");
    expect(displayName({ name: "  " }, STARTER_OPGAVEN, "en", "(no name)")).toBe("(no name)");
  });
});
