import type { LocalizedText, Widget } from "@wijkbord/shared";
import type { WidgetSpec } from "@wijkbord/worksheets";
import type { ReactNode } from "react";
import type { Locale } from "../../app/messages.ts";
import type { WorksheetAccess } from "../../locking/useWorksheetAccess.ts";

/** A kind's UI texts in one language. */
export type WidgetTexts = Readonly<Record<string, string>>;

/** What the shell hands every kind's component. */
export interface WidgetBodyProps<M extends WidgetTexts = WidgetTexts> {
  widget: Widget;
  instanceId: string;
  text: (t: LocalizedText) => string;
  locale: Locale;
  /** The kind's texts in the user's language. */
  m: M;
  /**
   * Who may change the widget, checked once by the shell for every kind: read-only for viewers, and
   * for participants while the facilitator locked the worksheet. Writes ask `mayWriteNow()` again.
   */
  access: WorksheetAccess;
}

/** The shell's colours and spacing: a status (green), a koppelkansen table (blue), an action. */
export type WidgetLook = "status" | "table" | "action";

/**
 * One widget kind in the client, as tldraw has a shape util per shape type: its spec (kind id, board
 * map, schema; @wijkbord/worksheets), its component and texts, and how the shell draws it. Every kind
 * is listed once in `CLIENT_WIDGETS`.
 */
export interface ClientWidget<M extends WidgetTexts = WidgetTexts> {
  spec: WidgetSpec;
  /** A method, so a registry of kinds with different texts type-checks (parameters are bivariant). */
  Body(props: WidgetBodyProps<M>): ReactNode;
  messages: Readonly<Record<Locale, M>>;
  look: WidgetLook;
  /** The shell shows the widget's title above it (not a checklist row: its notes zone beside it does). */
  titled: boolean;
  /** Drawn in exported images too (not an action: it is no content). */
  inExport: boolean;
}
