import type { LocalizedText, Widget } from "@wijkbord/shared";
import { CLIENT_WIDGETS } from "./clientWidgets.ts";
import type { ClientWidget } from "./shared/ClientWidget.ts";
import { WidgetShell } from "./WidgetShell.tsx";

/**
 * A definition's widget, drawn by its kind's entry in the registry (Wijkbord's own unless given) in the
 * one shell. A kind the registry does not know is not drawn.
 */
export function WorksheetWidget({
  widget,
  instanceId,
  text,
  widgets = CLIENT_WIDGETS,
}: {
  widget: Widget;
  instanceId: string;
  text: (t: LocalizedText) => string;
  widgets?: readonly ClientWidget[];
}) {
  const entry = widgets.find((e) => e.spec.kind === widget.kind);
  if (!entry) return null;
  return <WidgetShell entry={entry} widget={widget} instanceId={instanceId} text={text} />;
}
