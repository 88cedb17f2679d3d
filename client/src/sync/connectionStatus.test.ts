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
  it("says when the server stopped saving (1011) or was full (1013), until the document synced again", () => {
    const closed = (code: number) => ({ status: "connecting", synced: false, lastCloseCode: code }) as const;
    expect(connectionStatus([up, closed(1011)], true)).toBe("not-saving");
    expect(connectionStatus([closed(1013), up], true)).toBe("server-busy");
    expect(connectionStatus([closed(1011), closed(1013)], true)).toBe("not-saving");
    expect(connectionStatus([closed(1001), up], true)).toBe("reconnecting");
    expect(connectionStatus([up, { ...up, lastCloseCode: 1011 }], true)).toBe("online");
    expect(connectionStatus([up, closed(1011)], false)).toBe("offline");
  });
  it("is offline when the browser is", () => {
    expect(connectionStatus([up, up], false)).toBe("offline");
  });
});
