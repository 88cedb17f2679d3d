import { describe, expect, it } from "vitest";
import { connectionStatus } from "./connectionStatus.ts";

describe("connectionStatus", () => {
  const up = { status: "connected", synced: true } as const;
  it("is online only when every document is connected and synced", () => {
    expect(connectionStatus([up, up], true)).toBe("online");
    expect(connectionStatus([up, { status: "connected", synced: false }], true)).toBe("reconnecting");
    expect(connectionStatus([up, { status: "connecting", synced: false }], true)).toBe("reconnecting");
    expect(connectionStatus([], true)).toBe("reconnecting");
  });
  it("is offline when the browser is", () => {
    expect(connectionStatus([up, up], false)).toBe("offline");
  });
});
