/** From this share of tldraw's shape limit on, the board warns. */
export const WARN_SHARE = 0.9;

export type ShapeLimitLevel = "ok" | "near" | "full";

/**
 * How close a page is to tldraw's cap on shapes per page (LIMITS.maxShapesPerPage): past the cap
 * tldraw silently refuses new shapes, so people must hear about it before they get there.
 */
export function shapeLimitLevel(count: number, max: number): ShapeLimitLevel {
  if (count >= max) return "full";
  if (count >= Math.floor(max * WARN_SHARE)) return "near";
  return "ok";
}
