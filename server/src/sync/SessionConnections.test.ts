import { describe, expect, it } from "vitest";
import type { RoomConnection } from "./RoomConnection.ts";
import { SessionConnections } from "./SessionConnections.ts";

/** A connection that only records how it was closed (the index never sends frames). */
function conn(): RoomConnection & { closed: number | null } {
  const c = {
    role: "participant" as const,
    closed: null as number | null,
    send() {},
    admit: () => true,
    close(code: number) {
      c.closed = code;
    },
  };
  return c;
}

describe("SessionConnections", () => {
  it("closes a session's connections by token role or member, and nobody else's", () => {
    const index = new SessionConnections();
    const [p1, p2, v, f, other] = [conn(), conn(), conn(), conn(), conn()];
    index.add("s", p1, { tokenRole: "participant", memberHash: Uint8Array.of(1) });
    index.add("s", p2, { tokenRole: "participant", memberHash: Uint8Array.of(2) });
    index.add("s", v, { tokenRole: "viewer", memberHash: null });
    index.add("s", f, { tokenRole: "facilitator", memberHash: null });
    index.add("t", other, { tokenRole: "participant", memberHash: Uint8Array.of(1) });

    expect(index.closeMember("s", Uint8Array.of(1), 4403, "removed")).toBe(1);
    expect([p1.closed, p2.closed, other.closed]).toEqual([4403, null, null]);
    expect(index.closeTokenRoles("s", ["participant", "viewer"], 4401, "replaced")).toBe(3);
    expect([p2.closed, v.closed, f.closed]).toEqual([4401, 4401, null]);
  });

  it("changes the generation with every access change, per session", () => {
    const index = new SessionConnections();
    const before = index.generation("s");
    index.closeTokenRoles("s", ["viewer"], 4401, "replaced");
    expect(index.generation("s")).not.toBe(before);
    expect(index.generation("t")).toBe(0);
  });

  it("forgets removed connections", () => {
    const index = new SessionConnections();
    const c = conn();
    index.add("s", c, { tokenRole: "viewer", memberHash: null });
    index.remove("s", c);
    expect(index.closeTokenRoles("s", ["viewer"], 4401, "replaced")).toBe(0);
    expect(c.closed).toBeNull();
  });
});
