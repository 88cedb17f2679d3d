import type { Env, MiddlewareHandler } from "hono";
import type { z } from "zod";
import { apiError, issuesOf, summarize } from "./apiError.ts";
import { readBodyUpTo } from "./readBodyUpTo.ts";

export interface JsonBodyOptions {
  /** The largest body accepted; a bigger one gets 413 `body_too_large`. */
  maxBytes: number;
  /** The 413 message; by default it names the limit. */
  tooLarge?: string;
  /** For actions without parameters: no body (or only whitespace) counts as `{}`. */
  optional?: boolean;
}

/** What `jsonBody(schema)` adds to a route: `c.req.valid("json")` is the parsed body. */
export interface JsonInput<S extends z.ZodType> {
  in: { json: z.input<S> };
  out: { json: z.output<S> };
}

/**
 * The one way a route reads a JSON body: size limit (413 `body_too_large`), JSON (400 `bad_json`),
 * then `schema` (400 `invalid_request` with the issues and a sentence naming the first). Put it
 * after the route's credential check, so a stranger's body is never parsed. The handler reads the
 * result with `c.req.valid("json")`.
 */
export function jsonBody<S extends z.ZodType>(
  schema: S,
  options: JsonBodyOptions,
): MiddlewareHandler<Env, string, JsonInput<S>> {
  const tooLarge = options.tooLarge ?? `request body must be at most ${options.maxBytes} bytes`;
  const decoder = new TextDecoder();
  return async (c, next) => {
    const bytes = await readBodyUpTo(c, options.maxBytes);
    if (!bytes) {
      // The rest of the body stays unread: keeping the connection would leave it in front of the
      // next request, so say that it closes (RFC 9112 §9.6) instead of answering keep-alive.
      c.header("Connection", "close");
      return apiError(c, 413, "body_too_large", tooLarge);
    }
    const text = decoder.decode(bytes);
    let json: unknown = {};
    if (!options.optional || text.trim() !== "") {
      try {
        json = JSON.parse(text);
      } catch {
        return apiError(c, 400, "bad_json", "request body is not valid JSON");
      }
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      const issues = issuesOf(parsed.error);
      return apiError(c, 400, "invalid_request", summarize(issues), issues);
    }
    c.req.addValidatedData("json", parsed.data as object);
    await next();
  };
}
