import { ParticipantSchema } from "@wijkbord/shared";
import { describe, expect, it } from "vitest";
import { colorForId, PALETTE } from "./colorForId.ts";

describe("colorForId", () => {
  it("is deterministic", () => {
    expect(colorForId("3f0c2d1e-aaaa-4bbb-8ccc-123456789abc")).toBe(
      colorForId("3f0c2d1e-aaaa-4bbb-8ccc-123456789abc"),
    );
  });

  it("always returns a palette colour that the participant schema accepts", () => {
    for (let i = 0; i < 200; i++) {
      const color = colorForId(`participant-${i}`);
      expect(PALETTE).toContain(color);
      expect(ParticipantSchema.shape.color.safeParse(color).success).toBe(true);
    }
  });

  it("spreads ids over the palette", () => {
    const used = new Set(Array.from({ length: 200 }, (_, i) => colorForId(crypto.randomUUID() + i)));
    expect(used.size).toBeGreaterThan(PALETTE.length / 2);
  });
});
