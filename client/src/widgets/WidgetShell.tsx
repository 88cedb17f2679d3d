import type { LocalizedText, Widget } from "@wijkbord/shared";
import { useSvgExportContext } from "tldraw";
import "./widgetShell.css";
import "../locking/lockedControls.css";
import { useSessionContext } from "../app/SessionContext.tsx";
import { scrollWheel, stopCanvasInput } from "../board/stopCanvasInput.ts";
import { LOCKING_MESSAGES } from "../locking/lockingMessages.ts";
import { PadlockIcon } from "../locking/PadlockIcon.tsx";
import { useWorksheetAccess } from "../locking/useWorksheetAccess.ts";
import type { ClientWidget } from "./shared/ClientWidget.ts";

/**
 * Every widget on a worksheet, whatever its kind: drawn in its rect as live HTML inside the (locked)
 * worksheet shape, pointer and keyboard input kept from the canvas, its title above the kind's
 * component. The worksheet's lock is checked here, once for every kind: the component gets `access`
 * (read-only for viewers, and for participants while the facilitator locked the worksheet; facilitators
 * always edit), and the widget looks muted with a padlock for everyone the lock keeps out.
 */
export function WidgetShell({
  entry,
  widget,
  instanceId,
  text,
}: {
  entry: ClientWidget;
  widget: Widget;
  instanceId: string;
  text: (t: LocalizedText) => string;
}) {
  const { locale } = useSessionContext();
  const access = useWorksheetAccess(instanceId);
  const exporting = useSvgExportContext() !== null;
  if (exporting && !entry.inExport) return null;
  const locked = access.lockedNote !== undefined;
  const { Body } = entry;
  const { x, y, w, h } = widget.rect;
  return (
    <section
      className={`wb-widget wb-widget--${entry.look} wb-widget--${widget.kind}${locked ? " wb-widget--locked" : ""}`}
      style={{ left: x, top: y, width: w, height: h }}
      data-widget={widget.id}
      data-locked={locked ? "true" : undefined}
      aria-label={text(widget.title)}
      {...stopCanvasInput}
    >
      {locked && (
        <span className="wb-widget__lock" role="img" aria-label={LOCKING_MESSAGES[locale].areaLocked}>
          <PadlockIcon />
        </span>
      )}
      {entry.titled && <h3 className="wb-widget__title">{text(widget.title)}</h3>}
      <div className="wb-widget__body" onWheel={scrollWheel}>
        <Body
          widget={widget}
          instanceId={instanceId}
          text={text}
          locale={locale}
          m={entry.messages[locale]}
          access={access}
        />
      </div>
    </section>
  );
}
