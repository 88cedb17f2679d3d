import { describe, expect, it } from "vitest";
import { areaAccess } from "./areaAccess.ts";

describe("areaAccess", () => {
  it("participants edit an open worksheet's widgets, not a locked one's", () => {
    expect(areaAccess("participant", false)).toBe("edit");
    expect(areaAccess("participant", true)).toBe("locked");
  });

  it("facilitators edit locked and open worksheets alike", () => {
    expect(areaAccess("facilitator", false)).toBe("edit");
    expect(areaAccess("facilitator", true)).toBe("edit");
  });

  it("viewers never edit; on a locked worksheet the lock is the reason they see", () => {
    expect(areaAccess("viewer", false)).toBe("viewer");
    expect(areaAccess("viewer", true)).toBe("locked");
  });
});
