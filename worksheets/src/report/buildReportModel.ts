import {
  type Field,
  type LocalizedText,
  labelledTitle,
  ParticipantSchema,
  REPORT_MODEL_VERSION,
  type ReportCover,
  type ReportModel,
  type ReportNote,
  type ReportWorksheet,
  type ReportZone,
  StakeholderNamesSchema,
  type WorksheetDefinition,
  type WorksheetPlacement,
  type Zone,
} from "@wijkbord/shared";
import { type CardCounts, shownParts } from "../cards/shownCards.ts";
import { getWorksheet } from "../catalogue.ts";
import { fieldValue } from "../fieldValue.ts";
import { type Lang, localize, localizeForWijk, substituteWijk } from "../localize.ts";
import { noteText } from "../noteText.ts";
import { votesPerNote } from "../voting/votesPerNote.ts";
import { WIDGET_SPECS } from "../widgets/widgetSpecs.ts";
import { zoneAt } from "../zoneAt.ts";
import { attendanceSection } from "./attendanceSection.ts";
import { combinedViews } from "./combinedViews.ts";
import { koppelkansenSections } from "./koppelkansenSections.ts";
import { noteColorName } from "./noteColors.ts";
import type { ReportCatalogue } from "./ReportCatalogue.ts";
import type { ReportInput } from "./ReportInput.ts";
import { byReadingOrder } from "./readingOrder.ts";
import { REPORT_LABELS } from "./reportLabels.ts";
import { voteSummary } from "./voteSummary.ts";
import { widgetSections } from "./widgetSections.ts";

/** tldraw's note is 200 × 200 units (times its scale), plus `growY` when its text is long. */
const NOTE_SIZE = 200;
/** Parent chains deeper than this are treated as broken (cycles in hand-written records). */
const MAX_PARENT_DEPTH = 32;

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === "string" ? v : null);
const num = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);

interface PlacedNote {
  note: ReportNote;
  /** The author's name as written ("" when unknown), even in an anonymous session. */
  authorName: string;
  /** `meta.authorId`, else the name ("" when neither is known). */
  authorId: string;
  id: string;
  cx: number;
  cy: number;
  instanceId: string | null;
  zoneId: string | null;
}

/**
 * What goes into a report of a session, in `lang`: the cover and, per worksheet in agenda order,
 * its zones in the definition's order with their notes in reading order, its fields, and the notes
 * on it outside every zone. Notes outside every worksheet go to the model's own `otherNotes`; no
 * note is ever dropped. Zone membership comes from the note's geometry (`zoneAt` of its centre);
 * `meta.worksheet`/`meta.zone` are only used when the geometry cannot be read. Pure: same input,
 * same model (no clock, no randomness). `catalogue` adds widget kinds or definitions (tests do).
 */
export function buildReportModel(
  input: ReportInput,
  lang: Lang,
  catalogue: Partial<ReportCatalogue> = {},
): ReportModel {
  const cat: ReportCatalogue = { widgets: WIDGET_SPECS, worksheet: getWorksheet, ...catalogue };
  const wijk = input.session.wijk;
  const anonymous = input.session.anonymous === true;
  const anonymousLabel = localize(REPORT_LABELS.anonymous, lang);
  const participants = readParticipants(input.participants);

  const byId = new Map<string, Rec>();
  for (const r of input.records) if (isRec(r) && typeof r.id === "string") byId.set(r.id, r);

  const votes = votesPerNote(input.votes ?? []);
  const placed: PlacedNote[] = [];
  for (const record of byId.values()) {
    if (record.typeName !== "shape" || record.type !== "note") continue;
    const p = placeNote(record, byId, input, cat, participants, anonymous, anonymousLabel, lang);
    const total = votes.get(p.id);
    placed.push(total === undefined ? p : { ...p, note: { ...p.note, votes: total } });
  }
  placed.sort(byReadingOrder);

  const worksheets = input.placements.map((p) =>
    worksheetSection(p, cat.worksheet(p.worksheetId, p.version), placed, input, cat, lang),
  );
  const known = new Set(worksheets.filter((w) => w.zones.length > 0).map((w) => w.instanceId));
  const otherNotes = placed
    .filter((p) => p.instanceId === null || !known.has(p.instanceId))
    .map((p) => p.note);

  const cover: ReportCover = {
    title: input.session.title,
    wijk,
    date: input.session.createdAt,
    facilitators: facilitatorNames(input.session.facilitators, input.members, participants),
    anonymous,
    participants: anonymous ? [] : participantNames(participants, placed),
    worksheets: worksheets.map(
      ({ instanceId, worksheetId, title, chapter, phase, alsoIn, knooppunt, sporen }) => ({
        instanceId,
        worksheetId,
        title,
        chapter,
        phase,
        ...(alsoIn ? { alsoIn } : {}),
        knooppunt,
        sporen,
      }),
    ),
  };
  const attendance = attendanceSection(
    input.participants,
    input.members,
    input.session.roomCount,
    anonymous,
    worksheets,
    placed,
  );
  const combined = combinedViews(worksheets, input.tables, input.texts, (instanceId) => {
    const p = input.placements.find((x) => x.instanceId === instanceId);
    const def = p ? cat.worksheet(p.worksheetId, p.version) : undefined;
    return def ? localizeForWijk(def.title, lang, wijk) : undefined;
  });
  return {
    version: REPORT_MODEL_VERSION,
    lang,
    cover,
    attendance,
    worksheets,
    ...(combined.length > 0 ? { combined } : {}),
    otherNotes,
  };
}

function readParticipants(raw: Readonly<Record<string, unknown>>) {
  const out = new Map<string, { name: string; joinedAt: string }>();
  for (const [id, value] of Object.entries(raw)) {
    const parsed = ParticipantSchema.safeParse(value);
    if (parsed.success) out.set(id, { name: parsed.data.name, joinedAt: parsed.data.joinedAt });
  }
  return out;
}

/**
 * The facilitators' display names: those their browsers wrote into the control document (only
 * facilitators write it), then the co-facilitators the server recorded (`members`) by their names in
 * the board's participants; each name once, blanks and non-strings skipped.
 */
function facilitatorNames(
  written: readonly unknown[] | undefined,
  members: Readonly<Record<string, unknown>> | undefined,
  participants: Map<string, { name: string; joinedAt: string }>,
): string[] {
  const names = [
    ...(written ?? []).flatMap((n) => (typeof n === "string" ? [n.trim()] : [])),
    ...Object.entries(members ?? {}).flatMap(([id, status]) =>
      status === "facilitator" ? [participants.get(id)?.name.trim() ?? ""] : [],
    ),
  ];
  return [...new Set(names.filter((n) => n !== ""))];
}

/** Everyone who joined (in joining order), then authors of notes who are not in the list. */
function participantNames(
  participants: Map<string, { name: string; joinedAt: string }>,
  placed: readonly PlacedNote[],
): string[] {
  const joined = [...participants.values()].sort((a, b) =>
    a.joinedAt === b.joinedAt ? a.name.localeCompare(b.name) : a.joinedAt < b.joinedAt ? -1 : 1,
  );
  const names = joined.map((p) => p.name);
  const seen = new Set(names);
  for (const { authorName } of placed) {
    // Authors only known from their notes (an entry removed, or a note written by a script).
    if (authorName && !seen.has(authorName)) {
      seen.add(authorName);
      names.push(authorName);
    }
  }
  return names;
}

/** Page position of a shape: tldraw stores children relative to their parent shape (rotation ignored). */
function pagePosition(record: Rec, byId: Map<string, Rec>): { x: number; y: number } | null {
  let x = num(record.x);
  let y = num(record.y);
  if (x === null || y === null) return null;
  let parentId = str(record.parentId);
  for (let depth = 0; parentId?.startsWith("shape:"); depth++) {
    const parent = byId.get(parentId);
    const px = num(parent?.x);
    const py = num(parent?.y);
    if (!parent || px === null || py === null || depth >= MAX_PARENT_DEPTH) return null;
    x += px;
    y += py;
    parentId = str(parent.parentId);
  }
  return { x, y };
}

function placeNote(
  record: Rec,
  byId: Map<string, Rec>,
  { placements, cardCounts }: { placements: readonly WorksheetPlacement[]; cardCounts?: CardCounts },
  cat: ReportCatalogue,
  participants: Map<string, { name: string }>,
  anonymous: boolean,
  anonymousLabel: string,
  lang: Lang,
): PlacedNote {
  const props = isRec(record.props) ? record.props : {};
  const meta = isRec(record.meta) ? record.meta : {};
  const id = String(record.id);
  const authorName = str(meta.authorName)?.trim() || participants.get(str(meta.authorId) ?? "")?.name || "";
  const authorId = str(meta.authorId) || authorName;
  // tldraw's default note colour is "black", drawn yellow.
  const color = str(props.color) ?? "black";
  const note: ReportNote = {
    id,
    text: noteText(props.richText),
    author: anonymous || !authorName ? anonymousLabel : authorName,
    color,
    colorName: noteColorName(color, lang),
    createdAt: str(meta.createdAt),
    updatedAt: str(meta.updatedAt),
  };
  const pos = pagePosition(record, byId);
  if (!pos) {
    // No usable geometry: trust the meta the app wrote, which is all we have.
    return {
      note,
      authorName,
      authorId,
      id,
      cx: 0,
      cy: 0,
      instanceId: str(meta.worksheet),
      zoneId: str(meta.zone),
    };
  }
  const scale = num(props.scale) ?? 1;
  const growY = num(props.growY) ?? 0;
  const cx = pos.x + (NOTE_SIZE / 2) * scale;
  const cy = pos.y + (NOTE_SIZE / 2 + growY / 2) * scale;
  const hit = zoneAt(placements, { x: cx, y: cy }, cardCounts, cat.worksheet);
  const sheet = hit ? hit.instanceId : worksheetAt(placements, cx, cy, cat);
  return { note, authorName, authorId, id, cx, cy, instanceId: sheet, zoneId: hit?.zoneId ?? null };
}

/** The worksheet whose area holds the point (the first, as `zoneAt` decides), or null. */
function worksheetAt(
  placements: readonly WorksheetPlacement[],
  x: number,
  y: number,
  cat: ReportCatalogue,
): string | null {
  for (const p of placements) {
    const def = cat.worksheet(p.worksheetId, p.version);
    if (!def) continue;
    const lx = x - p.x;
    const ly = y - p.y;
    if (lx >= 0 && ly >= 0 && lx <= def.size.w && ly <= def.size.h) return p.instanceId;
  }
  return null;
}

const contains = (outer: Zone["rect"], inner: Zone["rect"]) =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.w <= outer.x + outer.w &&
  inner.y + inner.h <= outer.y + outer.h;

function worksheetSection(
  p: WorksheetPlacement,
  def: WorksheetDefinition | undefined,
  placed: readonly PlacedNote[],
  input: ReportInput,
  cat: ReportCatalogue,
  lang: Lang,
): ReportWorksheet {
  const wijk = input.session.wijk;
  const loc = (t: LocalizedText) => localizeForWijk(t, lang, wijk);
  if (!def) {
    // A worksheet this server does not know (a backup from a newer version): keep it on the cover;
    // its notes land in the session's "Overige notities".
    return {
      instanceId: p.instanceId,
      worksheetId: p.worksheetId,
      title: p.worksheetId,
      chapter: "",
      phase: null,
      knooppunt: null,
      sporen: [],
      zones: [],
      fields: [],
      otherNotes: [],
    };
  }
  const mine = placed.filter((n) => n.instanceId === p.instanceId);
  // Only what the session shows: a stakeholder card that was never added is not in the report.
  const shown = shownParts(def, p.instanceId, input.cardCounts);
  const naming = StakeholderNamesSchema.safeParse(input.stakeholderNames);
  const context = { naming: naming.success ? naming.data : undefined, wijk };
  const textOf = (f: Field) => fieldValue(f, p.instanceId, input.fields, input.texts, context) ?? "";
  const groupOf = groupNames(def, loc, textOf);
  const groupLabels = groupFieldLabels(def, loc);
  const zoneIds = new Set(shown.zones.map((z) => z.id));
  const zones: ReportZone[] = shown.zones.map((zone) => {
    const override = str(input.texts[`${p.instanceId}/${zone.id}`])?.trim();
    const section = zone.section ? def.sections.find((s) => s.id === zone.section) : undefined;
    // The innermost earlier zone holding this one (parents are listed before their children).
    const parent = shown.zones
      .slice(0, shown.zones.indexOf(zone))
      .reverse()
      .find((z) => contains(z.rect, zone.rect));
    return {
      id: zone.id,
      ...(zone.label ? { label: zone.label } : {}),
      title: zone.facilitatorEditableTitle && override ? substituteWijk(override, wijk) : loc(zone.title),
      ...(section ? { section: loc(section.title) } : {}),
      ...(parent ? { parentId: parent.id } : {}),
      ...(zone.namedBy ? { group: groupOf(zone.namedBy) } : {}),
      notes: mine.filter((n) => n.zoneId === zone.id).map((n) => n.note),
    };
  });
  const otherNotes = mine.filter((n) => n.zoneId === null || !zoneIds.has(n.zoneId)).map((n) => n.note);
  return {
    instanceId: p.instanceId,
    worksheetId: p.worksheetId,
    // A table's copy carries its table ("· Tafel 2"), so each table's copy is told apart.
    title: labelledTitle(loc(def.title), p.instanceId, input.texts),
    chapter: loc(def.chapter),
    phase: def.wijkkompas.phase,
    ...(def.wijkkompas.alsoIn?.length ? { alsoIn: [...def.wijkkompas.alsoIn] } : {}),
    knooppunt: def.wijkkompas.knooppunt ? loc(def.wijkkompas.knooppunt) : null,
    sporen: [...def.wijkkompas.sporen],
    zones,
    fields: shown.fields.map((f) => ({
      id: f.id,
      kind: f.kind,
      // A field naming a group carries its number, as the group does while unnamed ("Stakeholder 3").
      label: groupLabels.get(f.id) ?? loc(f.label),
      text: textOf(f),
      ...(f.facilitatorOnly ? { facilitatorOnly: true } : {}),
    })),
    otherNotes,
    ...widgetSections(def, p.instanceId, input.widgetMaps, cat.widgets, loc),
    ...koppelkansenSections(def, input.koppelkansen, lang),
    ...voteSummary({ zones, otherNotes }),
  };
}

/**
 * The name of each group of zones (`namedBy`: the text field naming it, e.g. a speelruimte card's
 * stakeholder): the field's text, or its label with the group's number ("Stakeholder 3") while empty.
 */
function groupNames(
  def: WorksheetDefinition,
  loc: (t: LocalizedText) => string,
  textOf: (f: Field) => string,
): (fieldId: string) => string {
  const labels = groupFieldLabels(def, loc);
  return (fieldId) => {
    const field = def.fields.find((f) => f.id === fieldId);
    const name = field ? textOf(field).trim() : "";
    return name || (labels.get(fieldId) ?? fieldId);
  };
}

/** Field id → "Stakeholder 3": the label of each field naming a group, numbered in the zones' order. */
function groupFieldLabels(def: WorksheetDefinition, loc: (t: LocalizedText) => string): Map<string, string> {
  const order = [...new Set(def.zones.flatMap((z) => (z.namedBy ? [z.namedBy] : [])))];
  return new Map(
    order.flatMap((id, i) => {
      const field = def.fields.find((f) => f.id === id);
      return field ? [[id, `${loc(field.label)} ${i + 1}`] as const] : [];
    }),
  );
}
