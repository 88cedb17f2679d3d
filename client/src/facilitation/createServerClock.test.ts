import { describe, expect, it, vi } from "vitest";
import { createServerClock } from "./createServerClock.ts";

describe("createServerClock", () => {
  it("uses the local clock until estimated, then the server's", async () => {
    let local = 1_000_000;
    const localNow = () => local;
    // Each round trip takes 20 local ms; the server is 90 s ahead and answers halfway.
    const fetchServerNow = async () => {
      local += 10;
      const server = local + 90_000;
      local += 10;
      return server;
    };
    const clock = createServerClock({ fetchServerNow, localNow, samples: 3 });
    expect(clock.now()).toBe(local);
    await vi.waitFor(() => expect(clock.offsetMs.get()).toBe(90_000));
    expect(clock.now()).toBe(local + 90_000);
    clock.dispose();
  });

  it("keeps the local clock when every round trip fails", async () => {
    let calls = 0;
    const clock = createServerClock({
      fetchServerNow: async () => {
        calls++;
        throw new Error("offline");
      },
      samples: 2,
    });
    await vi.waitFor(() => expect(calls).toBe(2));
    expect(clock.offsetMs.get()).toBeNull();
    clock.dispose();
  });
});
