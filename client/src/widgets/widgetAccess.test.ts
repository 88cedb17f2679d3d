import { describe, expect, it } from "vitest";
import { widgetAccess } from "./widgetAccess.ts";

describe("widgetAccess", () => {
  it("participants edit an open worksheet's widgets, not a locked one's", () => {
    expect(widgetAccess("participant", false)).toBe("edit");
    expect(widgetAccess("participant", true)).toBe("locked");
  });

  it("facilitators edit locked and open worksheets alike", () => {
    expect(widgetAccess("facilitator", false)).toBe("edit");
    expect(widgetAccess("facilitator", true)).toBe("edit");
  });

  it("viewers never edit; on a locked worksheet the lock is the reason they see", () => {
    expect(widgetAccess("viewer", false)).toBe("viewer");
    expect(widgetAccess("viewer", true)).toBe("locked");
  });
});
