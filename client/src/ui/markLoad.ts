/**
 * A named moment of the first load (`performance.mark`), for the client bench's breakdown of a
 * join (tests/load/clientBench.ts). Once per page: later boards and re-renders do not move it.
 */
export function markLoad(name: "board-code" | "board-open" | "synced" | "editor-mounted"): void {
  const mark = `wijkbord:${name}`;
  if (typeof performance === "undefined" || performance.getEntriesByName(mark).length > 0) return;
  performance.mark(mark);
}
