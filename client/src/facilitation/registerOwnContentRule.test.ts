import { describe, expect, it } from "vitest";
import { mayDeleteShape, shapeAuthorId } from "./registerOwnContentRule.ts";

describe("own content rule", () => {
  it("lets a participant delete their own and unsigned shapes only", () => {
    expect(mayDeleteShape({ meta: { authorId: "p-anna", authorName: "Anna" } }, "p-anna")).toBe(true);
    expect(mayDeleteShape({ meta: { authorId: "p-bram", authorName: "Bram" } }, "p-anna")).toBe(false);
    expect(mayDeleteShape({ meta: {} }, "p-anna")).toBe(true);
  });
  it("reads only a non-empty string as an author", () => {
    expect(shapeAuthorId({ meta: { authorId: 42 } })).toBeNull();
    expect(shapeAuthorId({ meta: { authorId: "" } })).toBeNull();
    expect(shapeAuthorId({ meta: { authorId: "p-anna" } })).toBe("p-anna");
  });
});
