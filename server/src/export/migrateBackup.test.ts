import { BACKUP_VERSION } from "@wijkbord/shared";
import { describe, expect, it } from "vitest";
import { migrateBackup } from "./migrateBackup.ts";

const v1 = {
  format: "wijkbord-backup",
  version: 1,
  exportedAt: "2025-03-01T10:00:00.000Z",
  session: {
    title: "Sessie",
    wijk: "Atolwijk",
    worksheets: [{ instanceId: "gedeeld-verhaal", worksheetId: "gedeeld-verhaal", version: 1, x: 0, y: 0 }],
  },
  control: "AAA=",
  board: "",
  facilitation: {},
};

describe("migrateBackup", () => {
  it("reads a version 1 file as the current version", () => {
    const out = migrateBackup(v1);
    expect(out.ok && out.backup.version).toBe(BACKUP_VERSION);
  });
  it("tells a foreign file, a newer version and a damaged file apart", () => {
    expect(migrateBackup({ some: "json" })).toMatchObject({ ok: false, code: "not_a_backup" });
    expect(migrateBackup({ ...v1, version: BACKUP_VERSION + 1 })).toMatchObject({
      ok: false,
      code: "backup_too_new",
    });
    expect(migrateBackup({ ...v1, board: "%%%" })).toMatchObject({ ok: false, code: "invalid_backup" });
    expect(migrateBackup({ ...v1, session: { ...v1.session, worksheets: [] } })).toMatchObject({
      ok: false,
      code: "invalid_backup",
    });
  });
});
