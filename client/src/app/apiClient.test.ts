import { REMOVED_ERROR_CODE, SessionInfoSchema } from "@wijkbord/shared";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiRequestError, onRemovedAnswer, request } from "./apiClient.ts";

/** The server's answer, as `fetch` hands it over (the routes themselves: tests/integration). */
function answer(status: number, code: string, message: string) {
  vi.stubGlobal("fetch", async () => Response.json({ error: { code, message } }, { status }));
}

describe("request", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("tells the removed listeners of a 403 removed and still rejects with its code", async () => {
    let told = 0;
    const off = onRemovedAnswer(() => told++);
    answer(403, REMOVED_ERROR_CODE, "the facilitator removed you from this session");
    const failed = await request("/api/sessions/x/vote/mine", {}, SessionInfoSchema).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(ApiRequestError);
    expect((failed as ApiRequestError).code).toBe(REMOVED_ERROR_CODE);
    expect(told).toBe(1);
    off();
    await request("/api/sessions/x", {}, SessionInfoSchema).catch(() => {});
    expect(told).toBe(1);
  });

  it("does not take another refusal for a removal", async () => {
    let told = 0;
    const off = onRemovedAnswer(() => told++);
    for (const [status, code] of [
      [403, "forbidden"],
      [401, "unauthorized"],
      [409, REMOVED_ERROR_CODE],
    ] as const) {
      answer(status, code, "no");
      await expect(request("/api/sessions/x", {}, SessionInfoSchema)).rejects.toMatchObject({ status, code });
    }
    expect(told).toBe(0);
    off();
  });
});
