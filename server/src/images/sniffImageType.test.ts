import { describe, expect, it } from "vitest";
import { sniffImageType } from "./sniffImageType.ts";

const bytes = (...parts: (number[] | string)[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === "string" ? [...p].map((c) => c.charCodeAt(0)) : p)));

describe("sniffImageType", () => {
  it("knows JPEG, PNG and WebP by their first bytes", () => {
    expect(sniffImageType(bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0]))).toBe("jpeg");
    expect(sniffImageType(bytes([0x89], "PNG", [0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe("png");
    expect(sniffImageType(bytes("RIFF", [1, 2, 3, 4], "WEBPVP8 "))).toBe("webp");
  });

  it("tells HEIC apart so that it can be refused by name", () => {
    expect(sniffImageType(bytes([0, 0, 0, 24], "ftypheic", [0, 0, 0, 0]))).toBe("heic");
    expect(sniffImageType(bytes([0, 0, 0, 24], "ftypmif1", [0, 0, 0, 0]))).toBe("heic");
  });

  it("calls anything else other: text, a RIFF that is not WebP, a truncated signature, nothing", () => {
    expect(sniffImageType(new TextEncoder().encode("Hallo, dit is geen foto"))).toBe("other");
    expect(sniffImageType(bytes("RIFF", [1, 2, 3, 4], "WAVEfmt "))).toBe("other");
    expect(sniffImageType(bytes([0x89], "PN"))).toBe("other");
    expect(sniffImageType(new Uint8Array(0))).toBe("other");
  });
});
