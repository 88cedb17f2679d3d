/** The encodings files are precompressed in at build time, with the suffix of their file. */
export const PRECOMPRESSED = [
  { encoding: "br", suffix: ".br" },
  { encoding: "gzip", suffix: ".gz" },
] as const;

export type Precompressed = (typeof PRECOMPRESSED)[number];

/**
 * Which precompressed variants an `Accept-Encoding` header allows, best first (RFC 9110 §12.5.3):
 * by q-value, brotli before gzip when equal; `*` stands for any encoding not named; q=0 refuses.
 * Without the header, none: identity is always acceptable and is the fallback.
 */
export function acceptedEncodings(header: string | null | undefined): Precompressed[] {
  if (!header) return [];
  const weights = new Map<string, number>();
  for (const part of header.split(",")) {
    const [token, ...params] = part.trim().toLowerCase().split(";");
    if (!token) continue;
    let q = 1;
    for (const param of params) {
      const [name, value = ""] = param.split("=").map((x) => x.trim());
      if (name !== "q") continue;
      // qvalue = 0[.ddd] / 1[.000]; anything else makes the entry unusable, not "q=1".
      q = /^(0(\.\d{0,3})?|1(\.0{0,3})?)$/.test(value) ? Number(value) : Number.NaN;
    }
    if (!Number.isNaN(q)) weights.set(token.trim(), q);
  }
  const weightOf = (encoding: string) =>
    weights.get(encoding) ??
    (encoding === "gzip" ? weights.get("x-gzip") : undefined) ??
    weights.get("*") ??
    0;
  return PRECOMPRESSED.map((p, order) => ({ p, order, q: weightOf(p.encoding) }))
    .filter((c) => c.q > 0)
    .sort((a, b) => b.q - a.q || a.order - b.order)
    .map((c) => c.p);
}
