import { z } from "zod";
import { WorksheetIdSchema } from "./session.ts";

/** Every user-facing text exists in the guide's Dutch and in English. */
export const LocalizedTextSchema = z.object({ nl: z.string().min(1), en: z.string().min(1) });
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/** A rectangle relative to the worksheet's top-left corner, in canvas units. */
export const RectSchema = z.object({
  x: z.number().min(0),
  y: z.number().min(0),
  w: z.number().positive(),
  h: z.number().positive(),
});
export type Rect = z.infer<typeof RectSchema>;

/** A zone is where notes go; a note belongs to the zone that contains its centre. */
export const ZoneSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Number or letter shown before the prompt in the guide (e.g. "1", "2a"). */
  label: z.string().optional(),
  title: LocalizedTextSchema,
  hint: LocalizedTextSchema.optional(),
  /** Section the zone sits in (e.g. "dromen" / "drempels"). */
  section: z.string().optional(),
  /** The facilitator may replace the title for this session (the guide's "[invullen eigen vraag …]"). */
  facilitatorEditableTitle: z.boolean().optional(),
  /** The addable card (1-based, see `addableCards`) this belongs to: hidden while the session shows fewer. */
  card: z.number().int().positive().optional(),
  /**
   * The id of the worksheet's `text` field that names the group this zone belongs to (speelruimte: the
   * stakeholder of its card). Reports put that name with the zone's title, so a note never loses it.
   */
  namedBy: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .optional(),
  /**
   * On the canvas the zone shows only its `label`: a row or column header already names it (the
   * Wijkkompas grid). Reports and screen readers keep the whole title.
   */
  labelOnly: z.boolean().optional(),
  rect: RectSchema,
});
export type Zone = z.infer<typeof ZoneSchema>;

/** A heading band over part of the worksheet (e.g. "DROMEN"). */
export const SectionSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: LocalizedTextSchema,
  subtitle: LocalizedTextSchema.optional(),
  rect: RectSchema,
});
export type Section = z.infer<typeof SectionSchema>;

/** Reference text printed on the worksheet: instructions, roles, tips. Not editable. */
export const CardSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  kind: z.enum(["instructions", "roles", "tip", "reference"]),
  title: LocalizedTextSchema,
  /** Paragraphs or bullet lines. */
  body: z.array(LocalizedTextSchema),
  rect: RectSchema,
});
export type Card = z.infer<typeof CardSchema>;

/** A free-text field filled in by the group (e.g. the "Leg conclusie vast →" conclusion). */
export const FieldSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  kind: z.enum(["conclusion", "text"]),
  label: LocalizedTextSchema,
  /** The addable card (1-based, see `addableCards`) this belongs to: hidden while the session shows fewer. */
  card: z.number().int().positive().optional(),
  /**
   * A field the facilitator may keep to themselves (a stakeholder's name): while the control
   * document's `facilitation.stakeholderNames` is "facilitator" it is kept in the control document's
   * `texts` (`${instanceId}/${fieldId}`), which only facilitators may write; otherwise (the default)
   * the group writes it in the board's `fields` like any other field. See `fieldValue`.
   */
  facilitatorOnly: z.boolean().optional(),
  /** What the field shows (and reports) until someone writes it: "wijk" = the session's wijk. */
  prefill: z.enum(["wijk"]).optional(),
  rect: RectSchema,
});
export type Field = z.infer<typeof FieldSchema>;

/**
 * A structured tool drawn in its rect instead of a notes zone, bound to shared data in the board
 * document (the koppelkansen scoring matrix, a checklist row's status, a thermometer). Which kinds
 * exist, what each keeps and reports, is the widget registry's (`WIDGET_SPECS` in @wijkbord/worksheets,
 * one spec per kind; a test there checks every definition against it), so a kind is an id here.
 */
export const WidgetKindSchema = z.string().regex(/^[a-z][a-z0-9-]*$/);

export const WidgetSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  kind: WidgetKindSchema,
  title: LocalizedTextSchema,
  rect: RectSchema,
  /** The labels of a thermometer's two ends (left, right). */
  scale: z.object({ from: LocalizedTextSchema, to: LocalizedTextSchema }).optional(),
});
export type Widget = z.infer<typeof WidgetSchema>;

export const SporenSchema = z.enum(["A", "B", "C", "D", "E", "F"]);

/** A Wijkkompas phase: 1–6, or 0 for the aanloop before it (the guide's "aanloopfase"). */
export const WijkkompasPhaseNumberSchema = z.number().int().min(0).max(6);

/** Where a worksheet sits in the Wijkkompas process. */
export const WijkkompasPlacementSchema = z.object({
  phase: WijkkompasPhaseNumberSchema,
  /** Later (or earlier) phases in which the guide has the worksheet done again, e.g. with other people. */
  alsoIn: z.array(WijkkompasPhaseNumberSchema).optional(),
  knooppunt: LocalizedTextSchema.optional(),
  sporen: z.array(SporenSchema),
});

export const WorksheetDefinitionSchema = z.object({
  id: WorksheetIdSchema,
  /** Bumped whenever the layout or zones change; sessions store the version they were created with. */
  version: z.number().int().positive(),
  /** Chapter of the guide, e.g. "Koppelkansen (hoofdstuk 3)". */
  chapter: LocalizedTextSchema,
  title: LocalizedTextSchema,
  subtitle: LocalizedTextSchema.optional(),
  who: LocalizedTextSchema,
  when: LocalizedTextSchema,
  time: LocalizedTextSchema,
  instructions: z.array(LocalizedTextSchema),
  wijkkompas: WijkkompasPlacementSchema,
  size: z.object({ w: z.number().positive(), h: z.number().positive() }),
  sections: z.array(SectionSchema),
  zones: z.array(ZoneSchema).min(1),
  cards: z.array(CardSchema),
  fields: z.array(FieldSchema),
  /** Structured tools; like cards and fields they cover no zone. Absent = none. */
  widgets: z.array(WidgetSchema).optional(),
  /**
   * Cards (groups of zones and fields with the same `card`) of which a session shows `initial` at first
   * and adds more, up to `max` (BOARD.cardCounts). Absent = everything is always shown.
   */
  addableCards: z
    .object({ initial: z.number().int().positive(), max: z.number().int().positive() })
    .refine((c) => c.initial <= c.max, "initial must not exceed max")
    .optional(),
});
export type WorksheetDefinition = z.infer<typeof WorksheetDefinitionSchema>;
