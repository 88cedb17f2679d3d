/**
 * Items with votes, most votes first, each with its competition rank (1, 2, 2, 4): the order of a
 * vote's result wherever it is shown (the app's results panel, the report's "Stemresultaat").
 * Items without votes are left out; equal votes keep the order they came in (reading order).
 */
export function rankByVotes<T extends { votes: number }>(items: readonly T[]): (T & { rank: number })[] {
  const voted = items.filter((item) => item.votes > 0);
  // Array.prototype.sort is stable: ties stay in the order given.
  voted.sort((a, b) => b.votes - a.votes);
  const ranked: (T & { rank: number })[] = [];
  for (const [i, item] of voted.entries()) {
    const previous = ranked[i - 1];
    ranked.push({ ...item, rank: previous && previous.votes === item.votes ? previous.rank : i + 1 });
  }
  return ranked;
}
