import { ParticipantSchema } from "@wijkbord/shared";
import { describe, expect, it } from "vitest";
import { colorForId, PALETTE, pickColor } from "./colorForId.ts";

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

describe("pickColor", () => {
  it("gives each of up to twelve people joining one after another a colour of their own", () => {
    const present: string[] = [];
    for (let i = 0; i < PALETTE.length; i++) present.push(pickColor(`person-${i}`, present));
    expect(new Set(present).size).toBe(PALETTE.length);
  });

  it("takes the least-worn colour among those present, the thirteenth person included", () => {
    const all = [...PALETTE];
    const twice = [...all, ...all.slice(1)];
    expect(pickColor("someone", twice)).toBe(PALETTE[0]);
  });

  it("among equally free colours, prefers one nobody in the session had before", () => {
    const present = PALETTE.slice(0, 10);
    const [a, b] = PALETTE.slice(10) as [string, string];
    expect(pickColor("x", present, [a])).toBe(b);
    expect(pickColor("x", present, [b])).toBe(a);
  });

  it("starts at the person's own colour when nothing is taken", () => {
    expect(pickColor("3f0c2d1e", [])).toBe(colorForId("3f0c2d1e"));
  });
});
