import type { MiddlewareHandler } from "hono";
import { requestId } from "hono/request-id";
import { requestContext } from "./requestContext.ts";

/** Ids a client may choose for its request: hono's charset (`\w`, `-`, `=`), at most this long. */
const MAX_REQUEST_ID_LENGTH = 128;

/**
 * `X-Request-Id`: the client's (a reverse proxy's) when it sends a plausible one, else a new UUID;
 * echoed in the answer, and the id of every log line written while the request is handled.
 */
export function requestIdMiddleware(): MiddlewareHandler {
  const assign = requestId({ limitLength: MAX_REQUEST_ID_LENGTH });
  return (c, next) =>
    assign(c, () => requestContext.run({ requestId: c.get("requestId") as string }, () => next()));
}
