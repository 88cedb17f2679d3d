import { describe, expect, it } from "vitest";
import { type BusyInMenu, nextBusy, shownBusy } from "./EnclosingMenu.ts";

describe("nextBusy / shownBusy", () => {
  const a = Symbol("a");
  const b = Symbol("b");
  const idle: BusyInMenu = new Map();

  it("shows nothing while nothing runs", () => {
    expect(shownBusy(idle)).toBeNull();
    expect(nextBusy(idle, a, null)).toBe(idle);
  });

  it("shows the first running label until every control is done", () => {
    const one = nextBusy(idle, a, "Export loopt…");
    expect(shownBusy(one)).toBe("Export loopt…");
    const two = nextBusy(one, b, "Iets anders");
    expect(shownBusy(two)).toBe("Export loopt…");
    const rest = nextBusy(two, a, null);
    expect(shownBusy(rest)).toBe("Iets anders");
    expect(shownBusy(nextBusy(rest, b, null))).toBeNull();
  });

  it("keeps the same map when nothing changes (no needless render)", () => {
    const one = nextBusy(idle, a, "Export loopt…");
    expect(nextBusy(one, a, "Export loopt…")).toBe(one);
    expect(idle.size).toBe(0);
  });
});
