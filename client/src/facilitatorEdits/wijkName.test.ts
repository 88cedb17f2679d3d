import { CONTROL, LIMITS } from "@wijkbord/shared";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { liveWijk, parseWijkName, setWijkName } from "./wijkName.ts";

describe("wijk name", () => {
  it("accepts a trimmed name of 1 to maxWijkLength characters", () => {
    expect(parseWijkName("  Bolder ")).toEqual({ ok: true, wijk: "Bolder" });
    expect(parseWijkName("   ")).toEqual({ ok: false, reason: "empty" });
    expect(parseWijkName("w".repeat(LIMITS.maxWijkLength)).ok).toBe(true);
    expect(parseWijkName("w".repeat(LIMITS.maxWijkLength + 1))).toEqual({ ok: false, reason: "tooLong" });
  });

  it("writes the control document's session.wijk, and refuses a bad name without writing", () => {
    const doc = new Y.Doc();
    const session = doc.getMap<unknown>(CONTROL.session);
    session.set("wijk", "Atolwijk");
    expect(setWijkName(doc, " Bolder ")).toEqual({ ok: true, wijk: "Bolder" });
    expect(session.get("wijk")).toBe("Bolder");
    expect(setWijkName(doc, "").ok).toBe(false);
    expect(session.get("wijk")).toBe("Bolder");
  });

  it("prefers the live name over the session info's; ignores what is not a name", () => {
    expect(liveWijk("Bolder", "Atolwijk")).toBe("Bolder");
    expect(liveWijk(undefined, "Atolwijk")).toBe("Atolwijk");
    expect(liveWijk(" ", "Atolwijk")).toBe("Atolwijk");
    expect(liveWijk(7, "Atolwijk")).toBe("Atolwijk");
  });
});
