import { AsyncLocalStorage } from "node:async_hooks";

/**
 * The HTTP request being handled, for everything it calls: a log line written anywhere below a
 * route carries the request's id without the call site passing it. WebSocket frames arrive outside
 * any request (their socket's events), so room and socket lines carry their document instead.
 */
export const requestContext = new AsyncLocalStorage<{ requestId: string }>();

export function currentRequestId(): string | undefined {
  return requestContext.getStore()?.requestId;
}
