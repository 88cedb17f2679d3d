import { getWorksheet, layoutSession } from "@wijkbord/worksheets";
import { describe, expect, it } from "vitest";
import { photoZoneChoices } from "./photoZoneChoices.ts";

const placements = layoutSession(["gedeeld-verhaal", "participatie-in-het-kort"]);
const [first, second] = placements;
const zones = getWorksheet("gedeeld-verhaal")?.zones ?? [];
const omgeving = zones.find((z) => z.id === "dromen-omgeving");

describe("photoZoneChoices", () => {
  it("offers the zones of the worksheet in view, the zone in the middle of the view chosen", () => {
    if (!first || !omgeving) throw new Error("fixture");
    const cx = first.x + omgeving.rect.x + omgeving.rect.w / 2;
    const cy = first.y + omgeving.rect.y + omgeving.rect.h / 2;
    const choices = photoZoneChoices(placements, { x: cx - 400, y: cy - 300, w: 800, h: 600 });
    expect(choices.placement?.instanceId).toBe(first.instanceId);
    expect(choices.zones.map((z) => z.id)).toEqual(zones.map((z) => z.id));
    expect(choices.initial).toBe("dromen-omgeving");
  });

  it("chooses the middle of the view when no zone is there, still offering the worksheet's zones", () => {
    if (!first) throw new Error("fixture");
    // The title band of the worksheet: inside it, in no zone.
    const choices = photoZoneChoices(placements, { x: first.x + 100, y: first.y - 200, w: 400, h: 300 });
    expect(choices.placement?.instanceId).toBe(first.instanceId);
    expect(choices.initial).toBeNull();
  });

  it("takes the worksheet covering most of the view when the middle is between worksheets", () => {
    if (!second) throw new Error("fixture");
    // The middle in the gap between them: 300 units of the first in view, 600 of the second.
    const choices = photoZoneChoices(placements, { x: second.x - 700, y: second.y, w: 1300, h: 800 });
    expect(choices.placement?.instanceId).toBe(second.instanceId);
  });

  it("offers no zones far from every worksheet", () => {
    expect(photoZoneChoices(placements, { x: -90000, y: -90000, w: 800, h: 600 })).toEqual({
      placement: null,
      zones: [],
      initial: null,
    });
  });
});
