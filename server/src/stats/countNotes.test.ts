import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { countNotes } from "./countNotes.ts";

const note = (id: string) => ({ key: id, val: { id, typeName: "shape", type: "note" } });

describe("countNotes", () => {
  it("counts note shapes once per key, the last entry of a key winning", () => {
    const doc = new Y.Doc();
    doc
      .getArray("records")
      .push([
        note("shape:a"),
        note("shape:b"),
        { key: "shape:b", val: { id: "shape:b", typeName: "shape", type: "note" } },
        { key: "shape:c", val: { id: "shape:c", typeName: "shape", type: "geo" } },
        { key: "shape:d", val: { typeName: "shape", type: "note" } },
        { key: "shape:d", val: { typeName: "shape", type: "arrow" } },
        "garbage",
      ]);
    expect(countNotes(doc, "records")).toBe(2);
    expect(countNotes(doc, "other")).toBe(0);
  });
});
