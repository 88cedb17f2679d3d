import type { PresentPerson } from "../sync/bindPresence.ts";
import type { VoteView } from "./openVoting.ts";
import { type VoteMessages, votesLeftText } from "./voteMessages.ts";

/**
 * Who still has votes in the running round: the participants present, plus whoever has voted
 * (and may have left since). Counts only; which notes anyone chose is never known here.
 */
export function VoteWhoLeft({
  view,
  people,
  names,
  m,
}: {
  view: VoteView;
  people: readonly PresentPerson[];
  names: ReadonlyMap<string, string>;
  m: VoteMessages;
}) {
  const { round, remaining } = view;
  if (round?.status !== "running") return null;
  // Participants present, and anyone (a facilitator too) who has started voting.
  const ids = new Set([
    ...people.filter((p) => p.role === "participant").map((p) => p.id),
    ...Object.keys(remaining),
  ]);
  const rows = [...ids]
    .map((id) => ({
      id,
      name: names.get(id) ?? people.find((p) => p.id === id)?.name ?? "?",
      left: remaining[id] ?? round.votesPerPerson,
    }))
    .sort((a, b) =>
      (a.left === 0) === (b.left === 0) ? a.name.localeCompare(b.name) : a.left === 0 ? 1 : -1,
    );
  const everyoneDone = rows.length > 0 && rows.every((r) => r.left === 0);
  return (
    <section className="wb-vote-who" aria-label={m.whoLeft}>
      <h3 className="wb-vote-who__title">{m.whoLeft}</h3>
      {rows.length === 0 && <p>{m.nobodyYet}</p>}
      {everyoneDone && <p data-testid="vote-everyone-done">{m.everyoneDone}</p>}
      <ul className="wb-vote-who__list" data-testid="vote-who-left">
        {rows.map((r) => (
          <li
            key={r.id}
            data-participant={r.name}
            data-left={r.left}
            className={r.left === 0 ? "is-done" : ""}
          >
            <span className="wb-vote-who__name">{r.name}</span>
            <span className="wb-vote-who__left">{r.left === 0 ? m.done : votesLeftText(m, r.left)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
