import { describe, expect, it } from "vitest";
import * as ws from "ws";
import { wireFrame } from "./wireFrame.ts";

/** ws's frame parser: exported at run time, missing from @types/ws. */
type Receiver = NodeJS.WritableStream & { on(event: string, listener: (...args: never[]) => void): Receiver };
const { Receiver } = ws as unknown as { Receiver: new (opts: { isServer: boolean }) => Receiver };

/** Parses server-to-client bytes with ws's own receiver, as a client would. */
function receive(bytes: Buffer): Promise<{ data: Buffer; isBinary: boolean }> {
  return new Promise((resolve, reject) => {
    const receiver = new Receiver({ isServer: false });
    receiver.on("message", (data: Buffer, isBinary: boolean) => resolve({ data, isBinary }));
    receiver.on("error", reject);
    receiver.write(bytes);
  });
}

describe("wireFrame", () => {
  // The boundaries of the 7-, 16- and 64-bit length forms.
  it.each([0, 1, 125, 126, 65_535, 65_536, 200_000])("frames %i bytes as one binary message", async (n) => {
    const payload = Uint8Array.from({ length: n }, (_, i) => (i * 31) % 256);
    const { data, isBinary } = await receive(wireFrame(payload));
    expect(isBinary).toBe(true);
    expect(Buffer.compare(data, Buffer.from(payload))).toBe(0);
  });

  it("frames a message once for a run of sends, and each new message anew", () => {
    const a = Uint8Array.of(1, 2, 3);
    const b = Uint8Array.of(1, 2, 3);
    const first = wireFrame(a);
    expect(wireFrame(a)).toBe(first);
    expect(wireFrame(b)).not.toBe(first);
    expect(wireFrame(b)).toEqual(first);
  });
});
