import { connect } from "node:net";

export interface RawResponse {
  status: number;
  /** Header names in lower case. */
  headers: Record<string, string>;
  body: string;
}

export interface Exchange {
  responses: RawResponse[];
  /** Whether the server ended the connection before `expected` responses arrived. */
  closed: boolean;
}

/** An HTTP/1.1 request as bytes, with a Content-Length body or, with `chunked`, one chunk. */
export function rawRequest(
  method: string,
  path: string,
  {
    headers = {},
    body = "",
    chunked = false,
  }: { headers?: Record<string, string>; body?: string; chunked?: boolean } = {},
): string {
  const lines = [`${method} ${path} HTTP/1.1`, "Host: localhost"];
  for (const [name, value] of Object.entries(headers)) lines.push(`${name}: ${value}`);
  if (chunked) {
    lines.push("Transfer-Encoding: chunked");
    const chunk = body ? `${Buffer.byteLength(body).toString(16)}\r\n${body}\r\n` : "";
    return `${lines.join("\r\n")}\r\n\r\n${chunk}0\r\n\r\n`;
  }
  if (method !== "GET") lines.push(`Content-Length: ${Buffer.byteLength(body)}`);
  return `${lines.join("\r\n")}\r\n\r\n${body}`;
}

/** Splits complete responses (Content-Length bodies) off the front of `data`. */
function takeResponses(data: Buffer, into: RawResponse[]): Buffer {
  let rest = data;
  for (;;) {
    const end = rest.indexOf("\r\n\r\n");
    if (end < 0) return rest;
    const [statusLine = "", ...headerLines] = rest.subarray(0, end).toString("latin1").split("\r\n");
    const headers: Record<string, string> = {};
    for (const line of headerLines) {
      const colon = line.indexOf(":");
      headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
    }
    const length = Number(headers["content-length"] ?? 0);
    if (rest.length < end + 4 + length) return rest;
    into.push({
      status: Number(statusLine.split(" ")[1]),
      headers,
      body: rest.subarray(end + 4, end + 4 + length).toString("utf8"),
    });
    rest = rest.subarray(end + 4 + length);
  }
}

/**
 * Writes `requests` one after another on one TCP connection (pipelined, as a keep-alive client may)
 * and collects the answers until `expected` have arrived or the server closes the connection.
 */
export function exchange(port: number, requests: string[], expected: number): Promise<Exchange> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    const responses: RawResponse[] = [];
    let buffered: Buffer = Buffer.alloc(0);
    let done = false;
    const finish = (closed: boolean) => {
      if (done) return;
      done = true;
      socket.destroy();
      resolve({ responses, closed });
    };
    socket.on("data", (chunk) => {
      buffered = takeResponses(Buffer.concat([buffered, chunk]), responses);
      if (responses.length >= expected) finish(false);
    });
    // Writing into a connection the server has closed fails (EPIPE, ECONNRESET): what was read counts.
    socket.on("error", () => {});
    socket.on("close", () => finish(true));
    for (const request of requests) socket.write(request);
  });
}

/**
 * Sends the head of a request and only `sent` of its body, and resolves with the answer the
 * server gives before the rest arrives (a refusal that does not need the body).
 */
export function answerBeforeBody(port: number, request: string, sent: number): Promise<RawResponse> {
  const headEnd = request.indexOf("\r\n\r\n") + 4;
  return exchange(port, [request.slice(0, headEnd + sent)], 1).then(({ responses: [first] }) => {
    if (!first) throw new Error("the server closed the connection without an answer");
    return first;
  });
}
