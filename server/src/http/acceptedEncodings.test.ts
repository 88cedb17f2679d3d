import { describe, expect, it } from "vitest";
import { acceptedEncodings } from "./acceptedEncodings.ts";

const names = (header: string | null) => acceptedEncodings(header).map((p) => p.encoding);

describe("acceptedEncodings", () => {
  it("prefers brotli over gzip when both are equally welcome, as browsers send them", () => {
    expect(names("gzip, deflate, br, zstd")).toEqual(["br", "gzip"]);
    expect(names("br, gzip")).toEqual(["br", "gzip"]);
  });

  it("orders by q-value", () => {
    expect(names("br;q=0.5, gzip;q=0.8")).toEqual(["gzip", "br"]);
    expect(names("gzip; q=1.0, br ; q=0.9")).toEqual(["gzip", "br"]);
  });

  it("leaves out what q=0 refuses and what is not named", () => {
    expect(names("br;q=0, gzip")).toEqual(["gzip"]);
    expect(names("gzip;q=0")).toEqual([]);
    expect(names("deflate")).toEqual([]);
    expect(names("identity")).toEqual([]);
  });

  it("reads * as every encoding not named", () => {
    expect(names("*")).toEqual(["br", "gzip"]);
    expect(names("br;q=0, *")).toEqual(["gzip"]);
    expect(names("*;q=0")).toEqual([]);
  });

  it("accepts the old x-gzip name and is case-insensitive", () => {
    expect(names("x-gzip")).toEqual(["gzip"]);
    expect(names("BR, GZIP")).toEqual(["br", "gzip"]);
  });

  it("sends no encoding without the header or with a malformed one", () => {
    expect(names(null)).toEqual([]);
    expect(names("")).toEqual([]);
    expect(names(",;q=,")).toEqual([]);
    expect(names("br;q=abc")).toEqual([]);
  });
});
