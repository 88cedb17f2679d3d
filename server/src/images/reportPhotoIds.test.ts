import { sessionImagePath } from "@wijkbord/shared";
import { layoutSession } from "@wijkbord/worksheets";
import { describe, expect, it } from "vitest";
import { reportPhotoIds } from "./reportPhotoIds.ts";

const SESSION = "sessionAAAAAAAAA";
const placements = layoutSession(["gedeeld-verhaal", "wijkkompas"]);
const [first, second] = placements;
const id = (n: number) => `image${String(n).padStart(17, "A")}`;

const asset = (n: number, src: string) => ({
  id: `asset:${n}`,
  typeName: "asset",
  type: "image",
  props: { src },
});
const image = (n: number, x: number, y: number, meta: Record<string, unknown> = {}) => ({
  id: `shape:${n}`,
  typeName: "shape",
  type: "image",
  parentId: "page:page",
  x,
  y,
  props: { assetId: `asset:${n}`, w: 100, h: 80 },
  meta,
});

describe("reportPhotoIds", () => {
  it("gives each worksheet its photos top to bottom, leaving out foreign assets and photos off every worksheet", () => {
    if (!first || !second) throw new Error("layout");
    const records = [
      asset(1, sessionImagePath(SESSION, id(1))),
      asset(2, sessionImagePath(SESSION, id(2))),
      asset(3, sessionImagePath(SESSION, id(3))),
      asset(4, "https://tracker.example/x.png"),
      asset(5, sessionImagePath("sessionBBBBBBBBB", id(5))),
      asset(6, sessionImagePath(SESSION, id(6))),
      image(1, first.x + 400, first.y + 900),
      image(2, first.x + 300, first.y + 300),
      image(3, second.x + 50, second.y + 50),
      image(4, first.x + 50, first.y + 50),
      image(5, first.x + 60, first.y + 60),
      image(6, first.x - 9000, first.y - 9000),
      {
        ...image(7, 0, 0, { worksheet: first.instanceId }),
        parentId: "shape:frame",
        props: { assetId: "asset:6" },
      },
    ];
    expect(reportPhotoIds(records, placements, SESSION)).toEqual(
      new Map([
        [first.instanceId, [id(2), id(1), id(6)]],
        [second.instanceId, [id(3)]],
      ]),
    );
  });
});
