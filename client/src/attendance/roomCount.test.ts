import { CONTROL, LIMITS, SESSION_ROOM_COUNT_KEY } from "@wijkbord/shared";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { parseRoomCount, setRoomCount } from "./roomCount.ts";

describe("room count", () => {
  it("reads whole numbers from 0 to the limit, blank as none, the rest as invalid", () => {
    expect(parseRoomCount(" 14 ")).toBe(14);
    expect(parseRoomCount("0")).toBe(0);
    expect(parseRoomCount("")).toBeNull();
    for (const bad of ["-1", "2.5", "1e3", "twaalf", String(LIMITS.maxRoomCount + 1)])
      expect(parseRoomCount(bad), bad).toBeUndefined();
  });

  it("writes the count into the control document's session map, and clears it", () => {
    const doc = new Y.Doc();
    setRoomCount(doc, 12);
    expect(doc.getMap(CONTROL.session).get(SESSION_ROOM_COUNT_KEY)).toBe(12);
    setRoomCount(doc, null);
    expect(doc.getMap(CONTROL.session).has(SESSION_ROOM_COUNT_KEY)).toBe(false);
  });
});
