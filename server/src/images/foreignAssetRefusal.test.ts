import { BOARD, CONTROL, sessionImagePath } from "@wijkbord/shared";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { foreignAssetRefusal } from "./foreignAssetRefusal.ts";

const SESSION = "sessionAAAAAAAAA";
const IMAGE_ID = "AAAAAAAAAAAAAAAAAAAAAA";

const asset = (src: string | null, type = "image") => ({
  id: "asset:photo",
  typeName: "asset",
  type,
  props: { src, w: 100, h: 80, name: "foto.jpg", isAnimated: false, mimeType: "image/jpeg" },
  meta: {},
});

/** The update a client sends when it writes `value` into the board's records. */
function boardRecord(value: unknown): Uint8Array {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on("update", (u: Uint8Array) => updates.push(u));
  // As YKeyValue (y-utility) stores an entry: a plain object pushed onto the array.
  doc.getArray(BOARD.records).push([{ key: "asset:photo", val: value }]);
  return Y.mergeUpdates(updates);
}

function lockedRecord(value: unknown): Uint8Array {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on("update", (u: Uint8Array) => updates.push(u));
  doc.getMap(CONTROL.lockedRecords).set("asset:photo", value);
  return Y.mergeUpdates(updates);
}

describe("foreignAssetRefusal", () => {
  it("accepts an image asset of this session's own photo, or one without src yet", () => {
    expect(foreignAssetRefusal(boardRecord(asset(sessionImagePath(SESSION, IMAGE_ID))), SESSION)).toBeNull();
    expect(foreignAssetRefusal(boardRecord(asset(null)), SESSION)).toBeNull();
  });

  it("accepts what is no asset (a note that mentions an address)", () => {
    const note = {
      id: "shape:n",
      typeName: "shape",
      type: "note",
      props: { src: "https://example.org/x.png" },
    };
    expect(foreignAssetRefusal(boardRecord(note), SESSION)).toBeNull();
    const saysAsset = { ...note, typeName: "shape", meta: { text: "asset: a 'typeName' of its own" } };
    expect(foreignAssetRefusal(boardRecord(saysAsset), SESSION)).toBeNull();
  });

  it("refuses an asset pointing elsewhere: another host, a data: URL, another session, a query", () => {
    for (const src of [
      "https://tracker.example/pixel.png",
      "data:image/png;base64,iVBORw0KGgo=",
      sessionImagePath("sessionBBBBBBBBB", IMAGE_ID),
      `${sessionImagePath(SESSION, IMAGE_ID)}?x=1`,
      `//evil.example${sessionImagePath(SESSION, IMAGE_ID)}`,
    ]) {
      expect(foreignAssetRefusal(boardRecord(asset(src)), SESSION), src).toMatch(
        /src is not one of this session/,
      );
    }
  });

  it("refuses other asset kinds, and an asset in the control document's locked records", () => {
    expect(
      foreignAssetRefusal(boardRecord(asset(sessionImagePath(SESSION, IMAGE_ID), "video")), SESSION),
    ).toMatch(/not an image/);
    expect(foreignAssetRefusal(lockedRecord(asset("https://tracker.example/p.png")), SESSION)).not.toBeNull();
  });
});
