import { getWorksheet } from "@wijkbord/worksheets";
import { describe, expect, it } from "vitest";
import { isVotableZone, votableZones } from "./votableZones.ts";

const speelruimte = getWorksheet("speelruimte");
const gedeeldVerhaal = getWorksheet("gedeeld-verhaal");
const CARD_4 = "stakeholder-4-wel-willen-wel-kunnen";
const CARD_5 = "stakeholder-5-wel-willen-wel-kunnen";
const CARD_6 = "stakeholder-6-niet-willen-niet-kunnen";

describe("votableZones", () => {
  it("offers the zones of the shown speelruimte cards only, following the board's card count", () => {
    if (!speelruimte) throw new Error("no speelruimte");
    const ids = (counts: Record<string, unknown>) =>
      votableZones(speelruimte, "speelruimte", counts).map((z) => z.id);
    expect(ids({})).toContain(CARD_4);
    expect(ids({})).not.toContain(CARD_5);
    expect(ids({ speelruimte: 5 })).toContain(CARD_5);
    expect(ids({ speelruimte: 5 })).not.toContain(CARD_6);
    // Another instance's count does not show this one's cards.
    expect(ids({ "speelruimte-2": 8 })).not.toContain(CARD_5);
    expect(isVotableZone(speelruimte, "speelruimte", CARD_5, {})).toBe(false);
    expect(isVotableZone(speelruimte, "speelruimte", CARD_5, { speelruimte: 6 })).toBe(true);
  });

  it("keeps every zone of a worksheet without addable cards, and ignores zones it does not know", () => {
    if (!gedeeldVerhaal || !speelruimte) throw new Error("worksheets missing");
    expect(votableZones(gedeeldVerhaal, "gedeeld-verhaal", {})).toEqual(gedeeldVerhaal.zones);
    expect(isVotableZone(speelruimte, "speelruimte", "no-such-zone", {})).toBe(true);
  });
});
