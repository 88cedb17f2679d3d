import { SCORE_MAX, SCORE_MIN, WEIGHT_MAX, WEIGHT_MIN } from "@wijkbord/shared";

export type InputError = "not-a-number" | "not-whole" | "out-of-range";

/** `value: null` = the field was emptied: remove the score. */
export type ParsedInput = { ok: true; value: number | null } | { ok: false; error: InputError };

/** Accepts what people type: spaces, a Unicode minus (−), a plus sign, a Dutch decimal comma. */
function toNumber(text: string): number | null {
  const t = text
    .trim()
    .replace(/^\u2212/, "-")
    .replace(",", ".");
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(t)) return null;
  return Number(t);
}

/** A typed score: empty, or a whole number from −10 to 10; anything else is refused with a reason. */
export function parseScoreInput(text: string): ParsedInput {
  if (text.trim() === "") return { ok: true, value: null };
  const n = toNumber(text);
  if (n === null) return { ok: false, error: "not-a-number" };
  if (!Number.isInteger(n)) return { ok: false, error: "not-whole" };
  if (n < SCORE_MIN || n > SCORE_MAX) return { ok: false, error: "out-of-range" };
  return { ok: true, value: n };
}

/** A typed weight: a number from 0 to 10 (fractions allowed); empty is refused (a weight is always set). */
export function parseWeightInput(text: string): ParsedInput {
  const n = text.trim() === "" ? null : toNumber(text);
  if (n === null) return { ok: false, error: "not-a-number" };
  if (n < WEIGHT_MIN || n > WEIGHT_MAX) return { ok: false, error: "out-of-range" };
  return { ok: true, value: n };
}
