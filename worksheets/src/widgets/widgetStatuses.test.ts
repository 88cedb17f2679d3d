import { describe, expect, it } from "vitest";
import {
  CHECKLIST_STATUS_LABELS,
  CHECKLIST_STATUSES,
  parseChecklistStatus,
} from "./checklist/checklistStatus.ts";
import {
  KNOOPPUNT_STATUS_LABELS,
  KNOOPPUNT_STATUSES,
  parseKnooppuntStatus,
} from "./knooppunten/knooppuntStatus.ts";

describe("widget statuses", () => {
  it("reads the three checklist statuses and refuses anything else", () => {
    expect(CHECKLIST_STATUSES).toEqual(["todo", "bezig", "klaar"]);
    for (const s of CHECKLIST_STATUSES) expect(parseChecklistStatus(s)).toBe(s);
    for (const bad of ["Klaar", "done", "", 1, null, undefined, ["klaar"]])
      expect(parseChecklistStatus(bad)).toBeUndefined();
  });

  it("reads the four knooppunt statuses and refuses anything else", () => {
    expect(KNOOPPUNT_STATUSES).toEqual(["start", "pauzeren", "afronden", "herzien"]);
    for (const s of KNOOPPUNT_STATUSES) expect(parseKnooppuntStatus(s)).toBe(s);
    for (const bad of ["klaar", "Start", 0, null, undefined])
      expect(parseKnooppuntStatus(bad)).toBeUndefined();
  });

  it("labels every status in Dutch (the guide's column headings for the checklist) and English", () => {
    expect(CHECKLIST_STATUSES.map((s) => CHECKLIST_STATUS_LABELS[s].nl)).toEqual(["To do", "Bezig", "Klaar"]);
    for (const s of KNOOPPUNT_STATUSES) expect(KNOOPPUNT_STATUS_LABELS[s].en).not.toBe("");
  });
});
