import { BOARD, CONTROL, type Participant, type WorksheetPlacement } from "@wijkbord/shared";
import { getWorksheet, layoutSession } from "@wijkbord/worksheets";
import { createTLStore, defaultShapeUtils, type TLShape } from "tldraw";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { registerParticipant } from "../app/registerParticipant.ts";
import { WorksheetShapeUtil } from "../worksheet/WorksheetShapeUtil.tsx";
import { WORKSHEET_INDEX_CEILING, worksheetShapeId } from "../worksheet/worksheetShape.ts";
import { bindWorksheetShapes } from "./bindWorksheetShapes.ts";

const newStore = () => createTLStore({ shapeUtils: [...defaultShapeUtils, WorksheetShapeUtil] });
const worksheetsIn = (store: ReturnType<typeof newStore>) =>
  store
    .allRecords()
    .filter((r): r is TLShape<"worksheet"> => r.typeName === "shape" && r.type === "worksheet");

describe("bindWorksheetShapes", () => {
  it("draws one locked shape per placement, below a0, and follows the control document", () => {
    const control = new Y.Doc();
    const placements = layoutSession(["gedeeld-verhaal", "gedeeld-verhaal"]);
    control.getArray<WorksheetPlacement>(CONTROL.worksheets).push(placements);
    const store = newStore();
    const binding = bindWorksheetShapes(store, control, []);

    const shapes = worksheetsIn(store);
    expect(shapes.map((s) => s.id).sort()).toEqual(
      [worksheetShapeId("gedeeld-verhaal"), worksheetShapeId("gedeeld-verhaal-2")].sort(),
    );
    const def = getWorksheet("gedeeld-verhaal");
    for (const s of shapes) {
      expect(s.isLocked).toBe(true);
      expect(s.parentId).toBe("page:page");
      expect(s.index < WORKSHEET_INDEX_CEILING).toBe(true);
      expect(s.props).toMatchObject({ w: def?.size.w, h: def?.size.h, worksheetId: "gedeeld-verhaal" });
    }
    expect(binding.placements.get()).toEqual(placements);

    control.getArray(CONTROL.worksheets).delete(1, 1);
    expect(worksheetsIn(store).map((s) => s.id)).toEqual([worksheetShapeId("gedeeld-verhaal")]);
    binding.dispose();
  });

  it("uses the session info's placements while the control document is empty, and skips invalid entries", () => {
    const control = new Y.Doc();
    control.getArray(CONTROL.worksheets).push([{ nonsense: true }]);
    const store = newStore();
    bindWorksheetShapes(store, control, layoutSession(["gedeeld-verhaal"]));
    expect(worksheetsIn(store)).toHaveLength(1);
  });
});

describe("registerParticipant", () => {
  it("keeps the first joinedAt and writes only on a change", () => {
    const board = new Y.Doc();
    let writes = 0;
    board.on("update", () => writes++);
    registerParticipant(board, "p1", { name: "Anna", color: "#1971c2" }, new Date("2026-01-01T10:00:00Z"));
    registerParticipant(board, "p1", { name: "Anna", color: "#1971c2" }, new Date("2026-01-01T11:00:00Z"));
    expect(writes).toBe(1);
    registerParticipant(board, "p1", { name: "Anna B.", color: "#1971c2" }, new Date("2026-01-01T12:00:00Z"));
    expect(board.getMap<Participant>(BOARD.participants).get("p1")).toEqual({
      name: "Anna B.",
      color: "#1971c2",
      joinedAt: "2026-01-01T10:00:00.000Z",
    });
  });
});
