import { ApiErrorSchema } from "@wijkbord/shared";
import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { jsonBody } from "./jsonBody.ts";

const Schema = z.strictObject({ name: z.string().max(10) });

function app(optional = false) {
  return new Hono().post("/", jsonBody(Schema, { maxBytes: 100, optional }), (c) =>
    c.json({ got: c.req.valid("json") }),
  );
}

async function errorOf(res: Response) {
  return ApiErrorSchema.parse(await res.json()).error;
}

const post = (body: string, optional = false, headers: Record<string, string> = {}) =>
  app(optional).request("/", { method: "POST", body, headers });

describe("jsonBody", () => {
  it("hands the parsed body to the handler", async () => {
    const res = await post(JSON.stringify({ name: "Anna" }));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ got: { name: "Anna" } });
  });

  it("answers 400 bad_json to broken JSON and, unless optional, to no body", async () => {
    for (const body of ["{", "", "  "]) {
      const res = await post(body);
      expect(res.status, body).toBe(400);
      expect((await errorOf(res)).code).toBe("bad_json");
    }
  });

  it("reads no body (or whitespace) as {} when optional", async () => {
    const schema = z.strictObject({});
    const optional = new Hono().post("/", jsonBody(schema, { maxBytes: 100, optional: true }), (c) =>
      c.json({ got: c.req.valid("json") }),
    );
    for (const body of ["", " \n"]) {
      const res = await optional.request("/", { method: "POST", body });
      expect(await res.json()).toEqual({ got: {} });
    }
  });

  it("answers 400 invalid_request naming the field, with the issues", async () => {
    const res = await post(JSON.stringify({ name: "x".repeat(11), extra: 1 }));
    expect(res.status).toBe(400);
    const error = await errorOf(res);
    expect(error.code).toBe("invalid_request");
    expect(error.message).toMatch(/^name: /);
    expect(error.issues?.map((i) => i.path)).toEqual(["name", ""]);
  });

  it("answers 413 body_too_large with Connection: close, for a declared and for a streamed length", async () => {
    const big = JSON.stringify({ name: "x".repeat(200) });
    const declared: Record<string, string> = { "content-length": String(big.length) };
    for (const headers of [declared, {}]) {
      const res = await post(big, false, headers);
      expect(res.status).toBe(413);
      expect(res.headers.get("connection")).toBe("close");
      expect(await errorOf(res)).toEqual({
        code: "body_too_large",
        message: "request body must be at most 100 bytes",
      });
    }
  });
});
