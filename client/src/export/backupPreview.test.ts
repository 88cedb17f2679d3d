import { BACKUP_FORMAT, BOARD, CONTROL } from "@wijkbord/shared";
import { describe, expect, it } from "vitest";
import { YKeyValue } from "y-utility/y-keyvalue";
import * as Y from "yjs";
import { previewBackup } from "./backupPreview.ts";

const base64 = (doc: Y.Doc) => Buffer.from(Y.encodeStateAsUpdate(doc)).toString("base64");
const shape = (id: string, type: string) => ({ id, typeName: "shape", type, x: 0, y: 0, props: {} });

function backupText(overrides: Record<string, unknown> = {}) {
  const board = new Y.Doc();
  const records = new YKeyValue<unknown>(board.getArray(BOARD.records));
  records.set("shape:a", shape("shape:a", "note"));
  records.set("shape:b", shape("shape:b", "note"));
  records.set("shape:arrow", shape("shape:arrow", "arrow"));
  const control = new Y.Doc();
  new YKeyValue<unknown>(control.getArray(CONTROL.lockedRecords)).set("shape:c", shape("shape:c", "note"));
  return JSON.stringify({
    format: BACKUP_FORMAT,
    version: 1,
    exportedAt: "2026-12-01T10:00:00.000Z",
    session: {
      title: "Werksessie Atolwijk",
      wijk: "Atolwijk",
      worksheets: [{ instanceId: "gedeeld-verhaal", worksheetId: "gedeeld-verhaal", version: 1, x: 0, y: 0 }],
    },
    control: base64(control),
    board: base64(board),
    facilitation: {},
    ...overrides,
  });
}

describe("previewBackup", () => {
  it("reads title, wijk, worksheets and the notes of both documents", () => {
    expect(previewBackup(backupText())).toEqual({
      ok: true,
      preview: {
        title: "Werksessie Atolwijk",
        wijk: "Atolwijk",
        worksheets: [{ instanceId: "gedeeld-verhaal", worksheetId: "gedeeld-verhaal" }],
        notes: 3,
        exportedAt: "2026-12-01T10:00:00.000Z",
      },
    });
  });

  it("still previews a backup whose documents it cannot read, leaving the verdict to the server", () => {
    const result = previewBackup(backupText({ board: "@@@" }));
    expect(result).toMatchObject({ ok: true, preview: { title: "Werksessie Atolwijk", notes: null } });
  });

  it("refuses what is no backup, or newer than this app", () => {
    expect(previewBackup("{")).toEqual({ ok: false, reason: "not_a_backup" });
    expect(previewBackup(JSON.stringify({ hello: 1 }))).toEqual({ ok: false, reason: "not_a_backup" });
    expect(previewBackup(backupText({ version: 99 }))).toEqual({ ok: false, reason: "too_new" });
  });
});
