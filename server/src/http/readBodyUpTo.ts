import type { Context } from "hono";

/**
 * The request body, or null when it is over `maxBytes`. A declared Content-Length over the limit
 * is refused before a byte is read, and without opening the body as a stream: an abandoned stream
 * of @hono/node-server keeps the socket paused, so the server could not drain it for the next
 * request. A chunked body is read until it passes the limit.
 */
export async function readBodyUpTo(c: Context, maxBytes: number): Promise<Uint8Array | null> {
  const declared = c.req.header("content-length");
  if (declared !== undefined && c.req.header("transfer-encoding") === undefined) {
    // Node has checked the header's syntax and delivers exactly that many bytes.
    if (Number(declared) > maxBytes) return null;
    return new Uint8Array(await c.req.arrayBuffer());
  }
  const body = c.req.raw.body;
  if (!body) return new Uint8Array(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
