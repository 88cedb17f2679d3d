import { request } from "node:http";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { removeDataDir, startServer, type TestServer } from "./support/startServer.ts";

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

describe("tldraw's text assets compressed on the wire", () => {
  let server: TestServer;
  // The file as it is: what the server sends a client that accepts no encoding.
  const plainOf = async (path: string) => {
    const res = await get(`${server.url}/tldraw-assets/${path}`, {});
    expect(res.headers["content-encoding"]).toBeUndefined();
    expect(res.body.length).toBeGreaterThan(1000);
    return res;
  };

  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    await server.close();
    removeDataDir(server.dataDir);
  });

  it("sends the icon sprite and a translation in brotli or gzip, as the request accepts", async () => {
    for (const path of ["icons/icon/0_merged.svg", "translations/nl.json"]) {
      const identity = await plainOf(path);
      expect(identity.headers.vary).toBe("Accept-Encoding");
      const plain = identity.body;
      const br = await get(`${server.url}/tldraw-assets/${path}`, { "accept-encoding": "gzip, deflate, br" });
      expect(br.status, path).toBe(200);
      expect(br.headers["content-encoding"]).toBe("br");
      expect(br.headers.vary).toBe("Accept-Encoding");
      expect(Number(br.headers["content-length"])).toBe(br.body.length);
      expect(br.body.length).toBeLessThan(plain.length / 2);
      expect(brotliDecompressSync(br.body).equals(plain)).toBe(true);
      expect(br.headers["cache-control"]).toBe("public, max-age=86400");

      const gz = await get(`${server.url}/tldraw-assets/${path}`, { "accept-encoding": "gzip" });
      expect(gz.headers["content-encoding"]).toBe("gzip");
      expect(gunzipSync(gz.body).equals(plain)).toBe(true);
    }
  });

  it("answers HEAD with the compressed length and no body", async () => {
    const full = await get(`${server.url}/tldraw-assets/translations/nl.json`, { "accept-encoding": "br" });
    const head = await get(
      `${server.url}/tldraw-assets/translations/nl.json`,
      { "accept-encoding": "br" },
      "HEAD",
    );
    expect(head.status).toBe(200);
    expect(head.headers["content-encoding"]).toBe("br");
    expect(Number(head.headers["content-length"])).toBe(full.body.length);
    expect(head.body.length).toBe(0);
  });

  it("sends fonts as they are, and nothing outside the asset folders", async () => {
    const font = await get(`${server.url}/tldraw-assets/fonts/IBMPlexSans-Medium.woff2`, {
      "accept-encoding": "br",
    });
    expect(font.headers["content-encoding"]).toBeUndefined();
    expect(font.body.equals((await plainOf("fonts/IBMPlexSans-Medium.woff2")).body)).toBe(true);
    for (const probe of [
      "translations/%2e%2e/package.json",
      "translations/missing.json",
      "icons/..%2f..%2fpackage.json",
    ]) {
      const res = await get(`${server.url}/tldraw-assets/${probe}`, { "accept-encoding": "br" });
      expect(res.status, probe).toBe(404);
    }
  });
});
