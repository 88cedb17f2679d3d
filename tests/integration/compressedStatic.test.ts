import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { precompressDir } from "../../client/scripts/precompress.ts";
import { prng } from "./support/prng.ts";
import { removeDataDir, startServer, type TestServer, tempDataDir } from "./support/startServer.ts";

interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The bytes on the wire, not decoded (node:http, unlike fetch, leaves them alone). */
  body: Buffer;
}

function get(url: string, headers: Record<string, string>, method = "GET"): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

/** Script-like text: compressible, but not trivially (seeded words). */
function scriptText(bytes: number): string {
  const random = prng(18);
  const words = ["const", "function", "return", "editor", "shape", "note", "=>", "{", "}", ";", "props"];
  let out = "";
  while (out.length < bytes) out += `${random.pick(words)}${random.int(1000)} `;
  return out.slice(0, bytes);
}

describe("precompressed static files", () => {
  let server: TestServer;
  const dist = tempDataDir();
  const js = Buffer.from(scriptText(200_000));
  const html = Buffer.from(`<!doctype html><title>Wijkbord</title>${"<p>werkblad</p>".repeat(200)}`);
  const woff2 = Buffer.from(prng(2).bytes(4000));

  beforeAll(async () => {
    mkdirSync(join(dist, "assets"), { recursive: true });
    writeFileSync(join(dist, "index.html"), html);
    writeFileSync(join(dist, "assets", "index-abc123.js"), js);
    writeFileSync(join(dist, "assets", "font-abc123.woff2"), woff2);
    // The client build's own step, on these files.
    await precompressDir(dist);
    server = await startServer({ clientDistDir: dist });
  });
  afterAll(async () => {
    await server.close();
    removeDataDir(server.dataDir);
    removeDataDir(dist);
  });

  const jsUrl = () => `${server.url}/assets/index-abc123.js`;

  it("writes .br and .gz beside compressible files at build, and none beside a woff2", () => {
    const br = readFileSync(join(dist, "assets", "index-abc123.js.br"));
    const gz = readFileSync(join(dist, "assets", "index-abc123.js.gz"));
    expect(brotliDecompressSync(br).equals(js)).toBe(true);
    expect(gunzipSync(gz).equals(js)).toBe(true);
    expect(br.length).toBeLessThan(js.length / 2);
    expect(() => readFileSync(join(dist, "assets", "font-abc123.woff2.br"))).toThrow();
  });

  it("sends brotli to a browser that accepts it, with the immutable caching and Vary", async () => {
    const res = await get(jsUrl(), { "accept-encoding": "gzip, deflate, br, zstd" });
    expect(res.status).toBe(200);
    expect(res.headers["content-encoding"]).toBe("br");
    expect(res.headers.vary).toBe("Accept-Encoding");
    expect(res.headers["content-type"]).toBe("text/javascript; charset=utf-8");
    expect(res.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(Number(res.headers["content-length"])).toBe(res.body.length);
    expect(res.body.length).toBeLessThan(js.length / 2);
    expect(brotliDecompressSync(res.body).equals(js)).toBe(true);
  });

  it("sends gzip when only gzip is accepted", async () => {
    const res = await get(jsUrl(), { "accept-encoding": "gzip" });
    expect(res.headers["content-encoding"]).toBe("gzip");
    expect(res.headers.vary).toBe("Accept-Encoding");
    expect(Number(res.headers["content-length"])).toBe(res.body.length);
    expect(gunzipSync(res.body).equals(js)).toBe(true);
  });

  it("honours a q=0 refusal", async () => {
    const noBrotli = await get(jsUrl(), { "accept-encoding": "br;q=0, gzip" });
    expect(noBrotli.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(noBrotli.body).equals(js)).toBe(true);
    const none = await get(jsUrl(), { "accept-encoding": "gzip;q=0, *;q=0" });
    expect(none.headers["content-encoding"]).toBeUndefined();
    expect(none.body.equals(js)).toBe(true);
  });

  it("sends the plain file without Accept-Encoding or with identity only, still with Vary", async () => {
    for (const headers of [{}, { "accept-encoding": "identity" }] as Record<string, string>[]) {
      const res = await get(jsUrl(), headers);
      expect(res.headers["content-encoding"]).toBeUndefined();
      expect(res.headers.vary).toBe("Accept-Encoding");
      expect(Number(res.headers["content-length"])).toBe(js.length);
      expect(res.body.equals(js)).toBe(true);
    }
  });

  it("answers HEAD with the headers of the chosen variant and no body", async () => {
    const br = readFileSync(join(dist, "assets", "index-abc123.js.br"));
    const res = await get(jsUrl(), { "accept-encoding": "br" }, "HEAD");
    expect(res.status).toBe(200);
    expect(res.headers["content-encoding"]).toBe("br");
    expect(Number(res.headers["content-length"])).toBe(br.length);
    expect(res.body.length).toBe(0);
  });

  it("compresses index.html for the app's routes, revalidated on every load", async () => {
    for (const path of ["/", "/s/abcdefghijklmnop", "/index.html"]) {
      const res = await get(`${server.url}${path}`, { "accept-encoding": "br" });
      expect(res.headers["content-encoding"]).toBe("br");
      expect(res.headers["cache-control"]).toBe("no-cache");
      expect(res.headers["content-type"]).toBe("text/html; charset=utf-8");
      expect(brotliDecompressSync(res.body).equals(html)).toBe(true);
    }
  });

  it("sends files without compressed copies as they are, without Vary", async () => {
    const res = await get(`${server.url}/assets/font-abc123.woff2`, { "accept-encoding": "br, gzip" });
    expect(res.headers["content-encoding"]).toBeUndefined();
    expect(res.headers.vary).toBeUndefined();
    expect(res.body.equals(woff2)).toBe(true);
  });

  it("never serves a compressed copy for a path outside the folder", async () => {
    const res = await get(`${server.url}/assets/..%2f..%2fetc%2fpasswd`, { "accept-encoding": "br" });
    expect(res.status).toBe(404);
  });
});
