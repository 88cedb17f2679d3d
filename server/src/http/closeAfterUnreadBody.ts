import type { IncomingMessage } from "node:http";
import type { MiddlewareHandler } from "hono";

/**
 * An answer sent before the request's body has arrived (a 401 or 429 to an upload, a 413) says
 * `Connection: close`. @hono/node-server drains such a body for at most half a second and then
 * drops the connection, so answering keep-alive would promise a next request that may never be
 * read (RFC 9112 §9.6: a server that does not read the whole body closes the connection).
 */
export function closeAfterUnreadBody(): MiddlewareHandler {
  return async (c, next) => {
    // GET and HEAD carry no body (and a WebSocket upgrade must keep its connection).
    if (c.req.method === "GET" || c.req.method === "HEAD") return next();
    await next();
    const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
    if (incoming && !incoming.complete) c.res.headers.set("Connection", "close");
  };
}
