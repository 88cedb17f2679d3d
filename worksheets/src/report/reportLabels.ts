import type { LocalizedText } from "@wijkbord/shared";

/**
 * The fixed words of every report (headings, "anoniem"…), in both languages. The model uses a few;
 * the writers (PDF, XLSX, CSV, client) use the rest, so a report reads the same in every format.
 */
export const REPORT_LABELS = {
  anonymous: { nl: "anoniem", en: "anonymous" },
  otherNotes: { nl: "Overige notities", en: "Other notes" },
  otherNotesSession: {
    nl: "Overige notities (buiten de werkbladen)",
    en: "Other notes (outside the worksheets)",
  },
  report: { nl: "Sessieverslag", en: "Session report" },
  wijk: { nl: "Wijk", en: "Neighbourhood" },
  date: { nl: "Datum", en: "Date" },
  facilitators: { nl: "Facilitator(en)", en: "Facilitator(s)" },
  participants: { nl: "Deelnemers", en: "Participants" },
  participantsAnonymous: {
    nl: "Anonieme sessie: namen worden niet getoond.",
    en: "Anonymous session: names are not shown.",
  },
  unknown: { nl: "onbekend", en: "unknown" },
  // The attendance section ("Wie deden mee").
  attendance: { nl: "Wie deden mee", en: "Who took part" },
  attendanceOnline: { nl: "Online deelgenomen", en: "Took part online" },
  attendanceInRoom: {
    nl: "In de zaal (geteld door de facilitator)",
    en: "In the room (counted by the facilitator)",
  },
  attendanceNotCounted: { nl: "niet ingevuld", en: "not entered" },
  attendanceTotal: { nl: "Totaal", en: "Total" },
  attendanceJoined: { nl: "Aangesloten", en: "Joined" },
  attendanceJoinedAnonymous: {
    nl: "Anonieme sessie: alleen de tijden, zonder namen.",
    en: "Anonymous session: the times only, without names.",
  },
  attendancePerWorksheet: { nl: "Notities per werkblad", en: "Notes per worksheet" },
  attendanceNotes: { nl: "Notities", en: "Notes" },
  attendanceWriters: { nl: "Schrijvers", en: "Writers" },
  attendanceName: { nl: "Naam", en: "Name" },
  // The combined view of the tables' copies of a worksheet ("Alle tafels samen").
  combined: { nl: "Alle tafels samen", en: "All tables together" },
  combinedIntro: {
    nl: "Per vak de notities van de kopieën van alle tafels, elk met de tafel waar het vandaan komt.",
    en: "Per zone the notes on every table's copy, each with the table it comes from.",
  },
  colTable: { nl: "Tafel", en: "Table" },
  sheetCombined: { nl: "Tafels samen", en: "Tables together" },
  worksheets: { nl: "Werkbladen", en: "Worksheets" },
  phase: { nl: "Fase", en: "Phase" },
  alsoIn: { nl: "ook in fase", en: "also in phase" },
  alsoInAanloop: { nl: "ook in de aanloopfase", en: "also in the run-up phase" },
  knooppunt: { nl: "Knooppunt", en: "Junction" },
  sporen: { nl: "Sporen", en: "Tracks" },
  noNotes: { nl: "Geen notities.", en: "No notes." },
  emptyField: { nl: "(niet ingevuld)", en: "(not filled in)" },
  // The PDF lists a worksheet's empty zones and fields in one line each instead of one heading apiece.
  zonesWithoutNotes: { nl: "Vakken zonder notities", en: "Zones without notes" },
  fieldsNotFilled: { nl: "Niet ingevuld", en: "Not filled in" },
  noImages: {
    nl: "Deze versie is via de API gemaakt, zonder afbeeldingen van het canvas. Exporteer vanuit het facilitatormenu voor een versie met afbeeldingen.",
    en: "This version was made through the API, without images of the canvas. Export from the facilitator menu for a version with images.",
  },
  // Columns of the notes table (CSV, XLSX "Notities").
  colWorksheet: { nl: "Werkblad", en: "Worksheet" },
  colZone: { nl: "Vak", en: "Zone" },
  colText: { nl: "Tekst", en: "Text" },
  colAuthor: { nl: "Auteur", en: "Author" },
  colColor: { nl: "Kleur", en: "Colour" },
  colVotes: { nl: "Stemmen", en: "Votes" },
  colCreated: { nl: "Gemaakt", en: "Created" },
  colChanged: { nl: "Laatst gewijzigd", en: "Last changed" },
  // XLSX sheet names (Excel: at most 31 characters).
  sheetNotes: { nl: "Notities", en: "Notes" },
  sheetSession: { nl: "Sessie", en: "Session" },
  sheetAttendance: { nl: "Deelname", en: "Attendance" },
  title: { nl: "Titel", en: "Title" },
  conclusion: { nl: "Conclusie", en: "Conclusion" },
} as const satisfies Record<string, LocalizedText>;

export type ReportLabel = keyof typeof REPORT_LABELS;
