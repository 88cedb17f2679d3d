import type { Context } from "hono";
import { readBodyUpTo } from "../http/readBodyUpTo.ts";

/** Room for a multipart body's boundaries and part headers around the file itself. */
const MULTIPART_SLACK = 16 * 1024;

export type UploadBody = { ok: true; bytes: Uint8Array } | { ok: false; reason: "too_large" | "no_file" };

/**
 * The uploaded file's bytes: the whole body, or the `file` part of a `multipart/form-data` body (a
 * form's upload). The part's file name and Content-Type are dropped unread: the type is the
 * content's, never what the sender calls it. Read with `readBodyUpTo`, so a body over the limit
 * stops being read there and is never held whole.
 */
export async function imageUploadBody(c: Context, maxBytes: number): Promise<UploadBody> {
  const contentType = c.req.header("content-type") ?? "";
  const multipart = /^multipart\/form-data\s*;/i.test(contentType);
  const body = await readBodyUpTo(c, maxBytes + (multipart ? MULTIPART_SLACK : 0));
  if (body === null) return { ok: false, reason: "too_large" };
  if (!multipart) return body.byteLength > 0 ? { ok: true, bytes: body } : { ok: false, reason: "no_file" };
  let file: FormDataEntryValue | null;
  try {
    file = (
      await new Response(body as Uint8Array<ArrayBuffer>, {
        headers: { "content-type": contentType },
      }).formData()
    ).get("file");
  } catch {
    return { ok: false, reason: "no_file" };
  }
  if (file === null || typeof file === "string") return { ok: false, reason: "no_file" };
  if (file.size > maxBytes) return { ok: false, reason: "too_large" };
  return { ok: true, bytes: new Uint8Array(await file.arrayBuffer()) };
}
