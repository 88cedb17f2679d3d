import { describe, expect, it } from "vitest";
import { fieldInstanceId } from "./fieldInstanceId.ts";

describe("fieldInstanceId", () => {
  it("is the part of a field key before the field id", () => {
    expect(fieldInstanceId("gedeeld-verhaal/conclusie")).toBe("gedeeld-verhaal");
    expect(fieldInstanceId("speelruimte-2/card-3-name")).toBe("speelruimte-2");
  });

  it("keeps a slash inside the instance id", () => {
    expect(fieldInstanceId("a/b/conclusie")).toBe("a/b");
  });
});
