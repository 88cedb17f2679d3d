import * as encoding from "lib0/encoding";
import { describe, expect, it } from "vitest";
import { encodeAwareness, encodeSyncStep1, encodeSyncStep2, encodeUpdate } from "./encodeFrame.ts";
import { FrameError, parseFrame } from "./parseFrame.ts";

describe("parseFrame", () => {
  const payload = Uint8Array.of(1, 2, 3);

  it("decodes every message a y-websocket client sends", () => {
    expect(parseFrame(encodeSyncStep1(payload))).toEqual({ type: "sync-step-1", stateVector: payload });
    expect(parseFrame(encodeSyncStep2(payload))).toEqual({ type: "sync-step-2", update: payload });
    expect(parseFrame(encodeUpdate(payload))).toEqual({ type: "update", update: payload });
    expect(parseFrame(encodeAwareness(payload))).toEqual({ type: "awareness", update: payload });
    expect(parseFrame(Uint8Array.of(3))).toEqual({ type: "query-awareness" });
  });

  it.each([
    ["an empty frame", new Uint8Array(0)],
    ["a truncated varint", Uint8Array.of(0x80)],
    ["a missing sync type", Uint8Array.of(0)],
    ["a missing payload", Uint8Array.of(0, 0)],
    ["a payload longer than the frame", Uint8Array.of(0, 2, 9, 1)],
    ["an unknown sync type", Uint8Array.of(0, 3, 0)],
    ["an unknown message type", Uint8Array.of(42)],
    ["an auth message", Uint8Array.of(2, 0)],
    ["trailing bytes", Uint8Array.of(3, 0)],
  ])("refuses %s with a FrameError", (_name, frame) => {
    expect(() => parseFrame(frame)).toThrow(FrameError);
  });

  it("refuses a huge declared length without allocating it", () => {
    const enc = encoding.createEncoder();
    encoding.writeVarUint(enc, 1);
    encoding.writeVarUint(enc, 2 ** 40);
    expect(() => parseFrame(encoding.toUint8Array(enc))).toThrow(FrameError);
  });
});
