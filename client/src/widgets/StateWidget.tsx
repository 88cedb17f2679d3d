import type { LocalizedText, Widget } from "@wijkbord/shared";
import "./widgets.css";
import type { Locale } from "../app/messages.ts";
import { useSessionContext } from "../app/SessionContext.tsx";
import { scrollWheel, stopCanvasInput } from "../board/stopCanvasInput.ts";
import { LOCKING_MESSAGES } from "../locking/lockingMessages.ts";
import { PadlockIcon } from "../locking/PadlockIcon.tsx";
import { useAreaLocked } from "../locking/useAreaLocked.ts";
import { ChecklistWidget } from "./ChecklistWidget.tsx";
import { KnooppuntenWidget } from "./KnooppuntenWidget.tsx";
import { ThermometerWidget } from "./ThermometerWidget.tsx";
import { widgetAccess } from "./widgetAccess.ts";

/** The widget kinds whose state is per worksheet instance (BOARD.checklist, .knooppunten, .thermometers). */
export const STATE_WIDGET_KINDS = ["checklist", "knooppunten", "thermometer"] as const;
export type StateWidgetKind = (typeof STATE_WIDGET_KINDS)[number];

export function isStateWidgetKind(kind: Widget["kind"]): kind is StateWidgetKind {
  return (STATE_WIDGET_KINDS as readonly string[]).includes(kind);
}

export interface StateWidgetProps {
  widget: Widget;
  instanceId: string;
  text: (t: LocalizedText) => string;
  locale: Locale;
}

const BODIES: Record<StateWidgetKind, (props: StateWidgetProps) => React.JSX.Element> = {
  checklist: ChecklistWidget,
  knooppunten: KnooppuntenWidget,
  thermometer: ThermometerWidget,
};

/**
 * A status widget drawn in its rect inside the (locked) worksheet shape, like the koppelkansen
 * widgets: pointer and keyboard input stay in it. The checklist row has no heading of its own (its
 * notes zone beside it shows the row's text); the others show their title. On a worksheet the
 * facilitator locked it looks muted with a padlock for everyone who cannot change it.
 */
export function StateWidget({ widget, instanceId, text }: Omit<StateWidgetProps, "locale">) {
  const { locale, role } = useSessionContext();
  const locked = widgetAccess(role, useAreaLocked(instanceId).locked) === "locked";
  const kind = widget.kind as StateWidgetKind;
  const Body = BODIES[kind];
  const { x, y, w, h } = widget.rect;
  return (
    <section
      className={`sw-widget sw-widget--${kind}${locked ? " sw-widget--locked" : ""}`}
      style={{ left: x, top: y, width: w, height: h }}
      data-widget={widget.id}
      data-locked={locked ? "true" : undefined}
      aria-label={text(widget.title)}
      {...stopCanvasInput}
    >
      {locked && (
        <span className="sw-widget__lock" role="img" aria-label={LOCKING_MESSAGES[locale].areaLocked}>
          <PadlockIcon />
        </span>
      )}
      {kind !== "checklist" && <h3 className="sw-widget__title">{text(widget.title)}</h3>}
      <div className="sw-widget__body" onWheel={scrollWheel}>
        <Body widget={widget} instanceId={instanceId} text={text} locale={locale} />
      </div>
    </section>
  );
}
