import type { LocalizedText, ReportVoteRow, ReportWorksheet } from "@wijkbord/shared";
import { rankByVotes } from "../voting/rankByVotes.ts";

/** The words of the "Stemresultaat" section (kept beside it, apart from the shared report labels). */
export const VOTE_SUMMARY_LABELS = {
  title: { nl: "Stemresultaat", en: "Vote result" },
  rank: { nl: "Plaats", en: "Rank" },
  note: { nl: "Notitie", en: "Note" },
  zone: { nl: "Vak", en: "Zone" },
  votes: { nl: "Stemmen", en: "Votes" },
} as const satisfies Record<string, LocalizedText>;

/**
 * A worksheet's "Stemresultaat": its notes that got votes (in zones, then outside them, each list
 * in reading order), most votes first with their rank and zone. Nothing when no note has a vote.
 */
export function voteSummary(
  worksheet: Pick<ReportWorksheet, "zones" | "otherNotes">,
): Pick<ReportWorksheet, "voteSummary"> {
  const notes = [
    ...worksheet.zones.flatMap((z) => z.notes.map((note) => ({ note, zone: z.title }))),
    ...worksheet.otherNotes.map((note) => ({ note, zone: "" })),
  ];
  const rows = rankByVotes(
    notes.map(({ note, zone }) => ({ id: note.id, text: note.text, zone, votes: note.votes ?? 0 })),
  );
  return rows.length > 0 ? { voteSummary: rows satisfies ReportVoteRow[] } : {};
}
