import { z } from "zod";
import { SporenSchema, WijkkompasPhaseNumberSchema } from "./worksheetDefinition.ts";

/**
 * The report model: what goes into every export (PDF, XLSX, CSV, and the client's views of them).
 * Built by `buildReportModel` in `@wijkbord/worksheets` from a session's plain records; the writers
 * only format it. Everything user-facing is already localized and has `[naam wijk]` substituted.
 *
 * Sections that later issues fill (matrices, statuses, votes, scoring, priorities) are optional
 * here, so adding them is additive: a writer that does not know a section simply skips it.
 */
export const REPORT_MODEL_VERSION = 1;

export const ReportLangSchema = z.enum(["nl", "en"]);

/** One note as it appears in a report. */
export const ReportNoteSchema = z.object({
  id: z.string(),
  /** Plain text (noteText of the rich text); never HTML. */
  text: z.string(),
  /** Display name of the author, or the localized "anoniem" (anonymous session, or unknown author). */
  author: z.string(),
  /** tldraw's colour id ("black", "yellow", …); a note's id is not the colour it shows (see `colorName`). */
  color: z.string(),
  /** The colour the note shows, in the report's language ("geel" for tldraw's "black" note). */
  colorName: z.string().optional(),
  /** ISO times when the board records them (`meta.createdAt` / `meta.updatedAt`); null otherwise. */
  createdAt: z.string().nullable(),
  updatedAt: z.string().nullable(),
  /** Votes on this note; absent until voting exists. */
  votes: z.number().int().nonnegative().optional(),
  /** Status of a checklist note; absent until statuses exist. */
  status: z.string().optional(),
});
export type ReportNote = z.infer<typeof ReportNoteSchema>;

export const ReportZoneSchema = z.object({
  id: z.string(),
  /** The guide's number or letter ("1", "2a"), when it has one. */
  label: z.string().optional(),
  /** Localized title, `[naam wijk]` substituted, or the facilitator's own text for editable titles. */
  title: z.string(),
  /** The section (e.g. "DROMEN") the zone sits in, localized. */
  section: z.string().optional(),
  /** The zone this one is nested in (e.g. a matrix quadrant inside its prompt), for indentation. */
  parentId: z.string().optional(),
  /**
   * The name of the group the zone belongs to (the definition's `namedBy`): speelruimte's stakeholder,
   * or "Stakeholder 3" while that card has no name. Every writer shows it with the title.
   */
  group: z.string().optional(),
  notes: z.array(ReportNoteSchema),
});
export type ReportZone = z.infer<typeof ReportZoneSchema>;

export const ReportFieldSchema = z.object({
  id: z.string(),
  kind: z.enum(["conclusion", "text"]),
  label: z.string(),
  text: z.string(),
  /** The facilitator's to fill in (the definition's `facilitatorOnly`). */
  facilitatorOnly: z.boolean().optional(),
});
export type ReportField = z.infer<typeof ReportFieldSchema>;

/** Placeholder for a section a later issue adds; typed loosely on purpose until its data exists. */
export const ReportMatrixSchema = z.object({
  id: z.string(),
  title: z.string(),
  quadrants: z.array(z.object({ zoneId: z.string(), title: z.string() })),
});

/*
 * Koppelkansen steps 2–4. The tables are session-wide (docs/sync-protocol.md); each koppelkansen
 * worksheet carries the part its widgets show. Empty names read as the localized "(zonder naam)".
 */
/** A koppelkans of tabel C and who makes it concrete ("" = nobody yet). */
export const ReportKoppelkansSchema = z.object({
  id: z.string(),
  name: z.string(),
  verantwoordelijke: z.string(),
});
/** An opgave of tabel B with its koppelkansen; `id` null = the koppelkansen without (an existing) opgave. */
export const ReportOpgaveSchema = z.object({
  id: z.string().nullable(),
  name: z.string(),
  koppelkansen: z.array(ReportKoppelkansSchema),
});
export type ReportOpgave = z.infer<typeof ReportOpgaveSchema>;
/** A succesfactor (rij 3) and its weight (rij 4). */
export const ReportSuccesfactorSchema = z.object({ id: z.string(), name: z.string(), weight: z.number() });
export type ReportSuccesfactor = z.infer<typeof ReportSuccesfactorSchema>;
/**
 * Step 3's matrix: `rows` in table order, `scores[i]` / `reasons[i]` belong to `factors[i]` (null =
 * not scored / no reasoning). `total` = Σ weight × score (unscored = 0), `rank` = competition rank.
 */
export const ReportScoringSchema = z.object({
  factors: z.array(ReportSuccesfactorSchema),
  rows: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      /** The opgave's name; "" when the koppelkans has none. */
      opgave: z.string(),
      /** Who makes the koppelkans concrete (tabel C); "" = nobody yet. */
      verantwoordelijke: z.string().optional(),
      scores: z.array(z.number().int().nullable()),
      reasons: z.array(z.string().nullable()),
      total: z.number(),
      rank: z.number().int().positive(),
    }),
  ),
});
export type ReportScoring = z.infer<typeof ReportScoringSchema>;
/** A row of the guide's "Resultaat": the top 15 by total (ties at the cut stay in). */
export const ReportRankingRowSchema = z.object({
  id: z.string(),
  name: z.string(),
  total: z.number(),
  rank: z.number().int().positive(),
});
export type ReportRankingRow = z.infer<typeof ReportRankingRowSchema>;
/** A row of step 4's "Prioritering", in its order. */
export const ReportPrioritySchema = z.object({
  id: z.string(),
  kansId: z.string(),
  name: z.string(),
  omdat: z.string(),
  wie: z.string(),
});
export type ReportPriority = z.infer<typeof ReportPrioritySchema>;

/**
 * One item of a widget section (a checklist row, a knooppunt, a thermometer): what the board holds for
 * it, already in words. The writers know no kind; every kind's spec in `@wijkbord/worksheets` fills these.
 */
export const ReportWidgetItemSchema = z.object({
  id: z.string(),
  /** The group the item sits in (a checklist row's group, "1. Samen starten"); absent = none. */
  group: z.string().optional(),
  title: z.string(),
  /** The stored value as the kind's schema reads it; absent = not set (or not valid). */
  value: z.union([z.string(), z.number(), z.boolean()]).optional(),
  /** The value in the report's language ("Bezig", "25 %"), or what an unset item reads ("nog geen status"). */
  valueLabel: z.string(),
  /** A marker on a scale from `from` to `to`: `value` is its position, 0…1; writers draw it as a bar. */
  scale: z.object({ from: z.string(), to: z.string() }).optional(),
});
export type ReportWidgetItem = z.infer<typeof ReportWidgetItemSchema>;

/** The items of one widget kind on a worksheet, under the kind's heading ("Checklist", "Thermometers"). */
export const ReportWidgetSectionSchema = z.object({
  kind: z.string(),
  heading: z.string(),
  items: z.array(ReportWidgetItemSchema),
});
export type ReportWidgetSection = z.infer<typeof ReportWidgetSectionSchema>;

/** A note of the worksheet's "Stemresultaat": its votes (from the latest round covering it) and rank. */
export const ReportVoteRowSchema = z.object({
  id: z.string(),
  text: z.string(),
  /** The title of the zone the note is in; "" outside every zone. */
  zone: z.string(),
  votes: z.number().int().positive(),
  /** Competition rank by votes (1, 2, 2, 4). */
  rank: z.number().int().positive(),
});
export type ReportVoteRow = z.infer<typeof ReportVoteRowSchema>;

export const ReportWorksheetSchema = z.object({
  instanceId: z.string(),
  worksheetId: z.string(),
  /** Localized title; the worksheet id when the definition is unknown to this server. */
  title: z.string(),
  chapter: z.string(),
  /** The Wijkkompas phase (0 = the aanloop); null when the definition is unknown. */
  phase: z.number().int().nullable(),
  /** Other phases the guide uses the worksheet in. */
  alsoIn: z.array(WijkkompasPhaseNumberSchema).optional(),
  knooppunt: z.string().nullable(),
  sporen: z.array(SporenSchema),
  /** Zones in the definition's (reading) order. */
  zones: z.array(ReportZoneSchema),
  fields: z.array(ReportFieldSchema),
  /** Notes on this worksheet outside every zone ("Overige notities"); never dropped. */
  otherNotes: z.array(ReportNoteSchema),
  matrices: z.array(ReportMatrixSchema).optional(),
  /** koppelkansen-in-kaart: tabel B/C (opgaven with their koppelkansen) and rij 3 (succesfactoren). */
  opgaven: z.array(ReportOpgaveSchema).optional(),
  succesfactoren: z.array(ReportSuccesfactorSchema).optional(),
  /** koppelkansen-scoren: the scoring matrix with totals and ranks. */
  scoring: ReportScoringSchema.optional(),
  /** koppelkansen-prioriteren: the "Resultaat" top 15 and the "Prioritering". */
  ranking: z.array(ReportRankingRowSchema).optional(),
  priorities: z.array(ReportPrioritySchema).optional(),
  /**
   * The worksheet's widgets that keep a value per item (checklist rows, knooppunten, thermometers), one
   * section per kind in the registry's order (`WIDGET_SPECS`); absent when the worksheet has none.
   */
  widgets: z.array(ReportWidgetSectionSchema).optional(),
  /** The worksheet's notes with votes, most votes first; absent when none has any. */
  voteSummary: z.array(ReportVoteRowSchema).optional(),
});
export type ReportWorksheet = z.infer<typeof ReportWorksheetSchema>;

export const ReportCoverSchema = z.object({
  title: z.string(),
  wijk: z.string(),
  /** ISO date-time the session was created. */
  date: z.string(),
  facilitators: z.array(z.string()),
  anonymous: z.boolean(),
  /** Participant names; empty when the session is anonymous. */
  participants: z.array(z.string()),
  worksheets: z.array(
    ReportWorksheetSchema.pick({
      instanceId: true,
      worksheetId: true,
      title: true,
      chapter: true,
      phase: true,
      alsoIn: true,
      knooppunt: true,
      sporen: true,
    }),
  ),
});
export type ReportCover = z.infer<typeof ReportCoverSchema>;

/** One person who joined online: their name (null in an anonymous session) and when they first joined. */
export const ReportJoinSchema = z.object({ name: z.string().nullable(), joinedAt: z.string() });

/** Per worksheet: how many notes it holds and how many different people wrote them. */
export const ReportWorksheetActivitySchema = z.object({
  instanceId: z.string(),
  title: z.string(),
  notes: z.number().int().nonnegative(),
  writers: z.number().int().nonnegative(),
});

/**
 * Who took part (the participation account): the participants who joined online (facilitators not
 * counted), the count the facilitator entered for the room (null when none), when each joined (first
 * time, oldest first) and the notes per worksheet.
 */
export const ReportAttendanceSchema = z.object({
  online: z.number().int().nonnegative(),
  inRoom: z.number().int().nonnegative().nullable(),
  /** online + inRoom (online alone when no room count was entered). */
  total: z.number().int().nonnegative(),
  joined: z.array(ReportJoinSchema),
  worksheets: z.array(ReportWorksheetActivitySchema),
});
export type ReportAttendance = z.infer<typeof ReportAttendanceSchema>;

/** A note in a combined view, with the table whose copy it is on ("Tafel 2"). */
export const ReportTableNoteSchema = z.object({ table: z.string(), note: ReportNoteSchema });
export type ReportTableNote = z.infer<typeof ReportTableNoteSchema>;

/** One zone of a combined view: the notes of that zone on every table's copy, table by table. */
export const ReportCombinedZoneSchema = z.object({
  id: z.string(),
  label: z.string().optional(),
  title: z.string(),
  section: z.string().optional(),
  notes: z.array(ReportTableNoteSchema),
});
export type ReportCombinedZone = z.infer<typeof ReportCombinedZoneSchema>;

/**
 * "Alle tafels samen": a worksheet the tables each had a copy of, read per zone across the copies,
 * so the organiser sees which tables said what. `tables` in the order the copies are listed.
 */
export const ReportCombinedSchema = z.object({
  /** The worksheet the copies were made of (its instance, or the first copy's when it is gone). */
  sourceInstanceId: z.string(),
  worksheetId: z.string(),
  /** The worksheet's title without a table label. */
  title: z.string(),
  tables: z.array(z.string()),
  zones: z.array(ReportCombinedZoneSchema),
  /** Notes on a copy outside every zone. */
  otherNotes: z.array(ReportTableNoteSchema),
});
export type ReportCombined = z.infer<typeof ReportCombinedSchema>;

export const ReportModelSchema = z.object({
  version: z.literal(REPORT_MODEL_VERSION),
  lang: ReportLangSchema,
  cover: ReportCoverSchema,
  attendance: ReportAttendanceSchema,
  worksheets: z.array(ReportWorksheetSchema),
  /** Per worksheet the tables had copies of: its zones across the copies; absent without tables. */
  combined: z.array(ReportCombinedSchema).optional(),
  /** Notes outside every worksheet ("Overige notities" of the session); never dropped. */
  otherNotes: z.array(ReportNoteSchema),
});
export type ReportModel = z.infer<typeof ReportModelSchema>;

/** Largest body of `POST /api/sessions/:id/export/pdf` (PNG images of up to 40 worksheets, base64). */
export const MAX_PDF_REQUEST_BYTES = 48 * 1024 * 1024;

/** One worksheet's canvas as the browser drew it (tldraw's own export), for the PDF report. */
export const CanvasImageSchema = z.object({
  instanceId: z.string().min(1).max(80),
  /** PNG bytes, standard base64. */
  png: z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/, "must be base64"),
});

/** Body of `POST /api/sessions/:id/export/pdf`: the PDF report with canvas images. */
export const PdfExportRequestSchema = z.strictObject({
  lang: ReportLangSchema.default("nl"),
  images: z.array(CanvasImageSchema).max(40),
});
export type PdfExportRequest = z.infer<typeof PdfExportRequestSchema>;
