import { describe, expect, it } from "vitest";
import { type RecordLayer, resolveRecord } from "./resolveRecord.ts";

type R = { id: string; typeName: string; isLocked?: boolean; x?: number };

const layers = (contents: Partial<Record<RecordLayer, R[]>>) => (layer: RecordLayer, id: string) =>
  contents[layer]?.find((r) => r.id === id);

const shape = (id: string, x: number, isLocked = false): R => ({ id, typeName: "shape", isLocked, x });

describe("resolveRecord", () => {
  it("a locked record wins over a board copy with the same id, and is shown locked", () => {
    const lookup = layers({
      locked: [shape("shape:a", 10, true)],
      board: [shape("shape:a", 999, false)],
    });
    expect(resolveRecord("shape:a", lookup)).toEqual({ layer: "locked", record: shape("shape:a", 10, true) });
  });

  it("shows a locked record as locked even if its copy says otherwise", () => {
    const lookup = layers({ locked: [shape("shape:a", 10, false)] });
    expect(resolveRecord("shape:a", lookup)?.record.isLocked).toBe(true);
  });

  it("ignores isLocked in the board and private layers (nobody can lock there)", () => {
    const lookup = layers({ board: [shape("shape:b", 1, true)], private: [shape("shape:p", 2, true)] });
    expect(resolveRecord("shape:b", lookup)).toEqual({ layer: "board", record: shape("shape:b", 1, false) });
    expect(resolveRecord("shape:p", lookup)).toEqual({
      layer: "private",
      record: shape("shape:p", 2, false),
    });
  });

  it("the board wins over a private copy; private records show when only they exist", () => {
    const lookup = layers({
      board: [shape("shape:a", 1)],
      private: [shape("shape:a", 2), shape("shape:c", 3)],
    });
    expect(resolveRecord("shape:a", lookup)?.layer).toBe("board");
    expect(resolveRecord("shape:c", lookup)?.layer).toBe("private");
  });

  it("leaves records other than shapes as they are, and finds nothing for an unknown id", () => {
    const binding = { id: "binding:x", typeName: "binding" };
    expect(resolveRecord("binding:x", layers({ locked: [binding] }))).toEqual({
      layer: "locked",
      record: binding,
    });
    expect(resolveRecord("shape:none", layers({}))).toBeNull();
  });
});
