import type { Locale } from "../app/messages.ts";

/*
 * UI texts of dot voting, Dutch first. Kept beside the feature rather than in ../messages.ts;
 * same shape, same parity test. `{n}` is replaced by a number.
 */
const nl = {
  panel: "Stemmen",
  panelTitle: "Stemronde met stippen: anoniem, door de server geteld",
  startTitle: "Stemronde starten",
  worksheet: "Werkblad",
  zone: "Vak",
  wholeSheet: "Het hele werkblad",
  votesPerPerson: "Stemmen per persoon",
  maxOnePerNote: "Hoogstens één stem per notitie",
  start: "Start stemronde",
  end: "Stemronde beëindigen",
  running: "Stemronde loopt",
  votesLeft: "nog {n} stemmen",
  voteLeft: "nog 1 stem",
  noVotesLeft: "geen stemmen meer",
  whoLeft: "Wie heeft nog stemmen?",
  done: "klaar",
  everyoneDone: "Iedereen heeft al zijn stemmen gegeven.",
  nobodyYet: "Nog niemand aanwezig.",
  ended: "Stemronde afgelopen: het resultaat staat klaar.",
  endedShort: "Stemronde afgelopen",
  results: "Stemresultaat",
  resultsTitle: "Het resultaat van de stemrondes, per werkblad",
  showResults: "Resultaat bekijken",
  newRound: "Nieuwe stemronde",
  noVotesCast: "Er zijn geen stemmen uitgebracht.",
  showOnBoard: "Klik op een notitie om haar op het bord te zien.",
  emptyNote: "(lege notitie)",
  anonymous: "Stemmen is anoniem: niemand ziet wie waarop stemde.",
  howTo: "Klik op + op een notitie om te stemmen, op − om een stem terug te nemen.",
  addVote: "Stem op deze notitie",
  removeVote: "Stem terugnemen",
  voteSelected: "Stem",
  unvoteSelected: "Terugnemen",
  myVotes: "Jouw stemmen op deze notitie: {n}",
  total: "{n} stemmen",
  totalOne: "1 stem",
  close: "Sluiten",
  failed: "Niet gelukt:",
  network: "de server is niet bereikbaar.",
  no_votes_left: "Je hebt geen stemmen meer.",
  max_per_note: "In deze ronde kun je maar één stem per notitie geven.",
  note_outside_vote: "Deze notitie hoort niet bij de stemronde.",
  no_vote_running: "Er loopt geen stemronde.",
  vote_changed: "De stemronde is intussen veranderd. Probeer het opnieuw.",
  voter_mismatch: "Je stemt in deze ronde al vanuit een andere browser.",
  nothing_to_take_back: "Je hebt op deze notitie geen stem om terug te nemen.",
  unknown_participant: "Je bent nog niet aangemeld in deze sessie. Probeer het zo opnieuw.",
  not_your_participant: "Je kunt alleen als jezelf stemmen. Laad de pagina opnieuw en probeer het nog eens.",
  vote_running: "Er loopt al een stemronde. Beëindig die eerst.",
};

export type VoteMessages = Record<keyof typeof nl, string>;

const en: VoteMessages = {
  panel: "Voting",
  panelTitle: "Dot voting: anonymous, counted by the server",
  startTitle: "Start a vote",
  worksheet: "Worksheet",
  zone: "Zone",
  wholeSheet: "The whole worksheet",
  votesPerPerson: "Votes per person",
  maxOnePerNote: "At most one vote per note",
  start: "Start vote",
  end: "End vote",
  running: "Vote in progress",
  votesLeft: "{n} votes left",
  voteLeft: "1 vote left",
  noVotesLeft: "no votes left",
  whoLeft: "Who still has votes?",
  done: "done",
  everyoneDone: "Everyone has cast all their votes.",
  nobodyYet: "Nobody is here yet.",
  ended: "The vote has ended: the result is ready.",
  endedShort: "Vote ended",
  results: "Vote result",
  resultsTitle: "The result of the votes, per worksheet",
  showResults: "See the result",
  newRound: "New vote",
  noVotesCast: "No votes were cast.",
  showOnBoard: "Click a note to see it on the board.",
  emptyNote: "(empty note)",
  anonymous: "Voting is anonymous: nobody sees who voted for what.",
  howTo: "Click + on a note to vote, − to take a vote back.",
  addVote: "Vote for this note",
  removeVote: "Take back a vote",
  voteSelected: "Vote",
  unvoteSelected: "Take back",
  myVotes: "Your votes on this note: {n}",
  total: "{n} votes",
  totalOne: "1 vote",
  close: "Close",
  failed: "Did not work:",
  network: "the server cannot be reached.",
  no_votes_left: "You have no votes left.",
  max_per_note: "In this vote you can give at most one vote per note.",
  note_outside_vote: "This note is not part of the vote.",
  no_vote_running: "No vote is in progress.",
  vote_changed: "The vote has changed in the meantime. Please try again.",
  voter_mismatch: "You are already voting from another browser in this round.",
  nothing_to_take_back: "You have no vote on this note to take back.",
  unknown_participant: "You are not registered in this session yet. Try again in a moment.",
  not_your_participant: "You can only vote as yourself. Reload the page and try again.",
  vote_running: "A vote is already in progress. End it first.",
};

export const VOTE_MESSAGES: Record<Locale, VoteMessages> = { nl, en };

/** A message with its `{n}` filled in. */
export const withCount = (text: string, n: number) => text.replace("{n}", String(n));

/** "nog N stemmen" in the right form. */
export function votesLeftText(m: VoteMessages, n: number): string {
  if (n <= 0) return m.noVotesLeft;
  return n === 1 ? m.voteLeft : withCount(m.votesLeft, n);
}

/** "1 stem" / "N stemmen". */
export const votesText = (m: VoteMessages, n: number) => (n === 1 ? m.totalOne : withCount(m.total, n));

/** A refusal from the API in the user's language (its own message when the code is unknown). */
export function voteErrorText(m: VoteMessages, code: string | undefined, message: string): string {
  if (code && code in m) return m[code as keyof VoteMessages];
  return `${m.failed} ${message === "network" ? m.network : message}`;
}
