/**
 * A credential written in a string: `token=…` or `secret=…` as in a query string or a link's
 * fragment, and `Bearer …` as in an Authorization header. Call sites never log these on purpose;
 * this catches the one that slips through (an error message quoting a URL, a client's path).
 */
const IN_URL = /\b(token|secret)=[^&#\s"'<>]*/gi;
const BEARER = /\bBearer\s+[^\s"',]+/gi;
const REDACTED = "[redacted]";

/** How deep fields are searched: call sites pass flat fields, an error's cause or a ref at most. */
const MAX_DEPTH = 4;

export function scrubString(text: string): string {
  return text.replace(IN_URL, `$1=${REDACTED}`).replace(BEARER, `Bearer ${REDACTED}`);
}

/**
 * `value` with every string in it scrubbed, errors as `{ type, message, stack }` (JSON drops an
 * Error's own properties) and objects deeper than `MAX_DEPTH` left out.
 */
export function scrubSecrets(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return scrubString(value);
  if (value === null || typeof value !== "object") return value;
  if (depth >= MAX_DEPTH) return "[nested]";
  if (value instanceof Error) {
    return {
      type: value.name,
      message: scrubString(value.message),
      ...(value.stack ? { stack: scrubString(value.stack) } : {}),
    };
  }
  if (Array.isArray(value)) return value.map((v) => scrubSecrets(v, depth + 1));
  if (value instanceof Uint8Array) return `[${value.byteLength} bytes]`;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrubSecrets(v, depth + 1)]));
}
