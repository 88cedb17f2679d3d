import { describe, expect, it } from "vitest";
import { TokenBucket } from "./TokenBucket.ts";

describe("TokenBucket", () => {
  it("allows a burst up to its capacity, then the refill rate", () => {
    let t = 0;
    const bucket = new TokenBucket(10, 5, () => t);
    for (let i = 0; i < 10; i++) expect(bucket.take()).toBe(true);
    expect(bucket.take()).toBe(false);
    t = 1000;
    for (let i = 0; i < 5; i++) expect(bucket.take()).toBe(true);
    expect(bucket.take()).toBe(false);
  });

  it("never holds more than its capacity, and takes nothing when it refuses", () => {
    let t = 0;
    const bucket = new TokenBucket(100, 100, () => t);
    t = 60_000;
    expect(bucket.take(100)).toBe(true);
    expect(bucket.take(1)).toBe(false);
    t = 60_500;
    expect(bucket.take(60)).toBe(false);
    expect(bucket.take(50)).toBe(true);
  });
});
