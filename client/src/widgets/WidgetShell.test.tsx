import { CONTROL, type Role, type Widget } from "@wijkbord/shared";
import { renderToStaticMarkup } from "react-dom/server";
import { atom } from "tldraw";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { stemmingSpec } from "../../../worksheets/test-support/exampleWidget/stemmingSpec.ts";
import { voorbeeldWorksheet } from "../../../worksheets/test-support/exampleWidget/voorbeeldWorksheet.ts";
import { stemmingClientWidget } from "../../test-support/exampleWidget/stemmingClientWidget.ts";
import type { StemmingMessages } from "../../test-support/exampleWidget/stemmingMessages.ts";
import { SessionContext, type SessionContextValue } from "../app/SessionContext.tsx";
import { lockedAreasOf } from "../locking/lockedAreas.ts";
import { CLIENT_WIDGETS } from "./clientWidgets.ts";
import type { ClientWidget, WidgetBodyProps } from "./shared/ClientWidget.ts";
import { useWidgetState, type WidgetState } from "./shared/useWidgetState.ts";
import { WorksheetWidget } from "./WorksheetWidget.tsx";

/*
 * The shell's lock check, once for every kind, with the test-only example kind `stemming` registered
 * beside CLIENT_WIDGETS: its component has no lock code of its own, yet a participant on a locked
 * worksheet can neither press its buttons nor write its value, and the facilitator still can.
 */
const WIDGET = voorbeeldWorksheet.widgets?.[0] as Widget;
const INSTANCE = "voorbeeld";
const KEY = `${INSTANCE}/${WIDGET.id}`;

function session(role: Role, locked: boolean) {
  const control = new Y.Doc();
  const board = new Y.Doc();
  if (locked) lockedAreasOf(control).set(INSTANCE, true);
  const value: SessionContextValue = {
    locale: "nl",
    wijk: "Atolwijk",
    role,
    fields: board.getMap("fields"),
    texts: control.getMap(CONTROL.texts),
    boardDoc: board,
    controlDoc: control,
    people: atom("people", []),
  };
  return { control, board, value };
}

/** Renders the widget through the registry; what the shell handed the component, and its state. */
function render(role: Role, locked: boolean) {
  const s = session(role, locked);
  const seen: { props?: WidgetBodyProps<StemmingMessages>; state?: WidgetState<string> } = {};
  const probe: ClientWidget<StemmingMessages> = {
    ...stemmingClientWidget,
    Body(props) {
      seen.props = props;
      seen.state = useWidgetState(stemmingSpec.state, props.instanceId, props.widget.id, props.access);
      return stemmingClientWidget.Body(props);
    },
  };
  const html = renderToStaticMarkup(
    <SessionContext.Provider value={s.value}>
      <WorksheetWidget
        widget={WIDGET}
        instanceId={INSTANCE}
        text={(t) => t.nl}
        widgets={[...CLIENT_WIDGETS, probe]}
      />
    </SessionContext.Provider>,
  );
  return { ...s, html, seen, stored: () => s.board.getMap(stemmingSpec.state.map).get(KEY) };
}

describe("WidgetShell", () => {
  it("draws a kind registered beside CLIENT_WIDGETS, in the one shell, and nothing for an unknown kind", () => {
    const { html } = render("participant", false);
    expect(html).toContain('class="wb-widget wb-widget--status wb-widget--stemming"');
    expect(html).toContain('data-widget="stemming"');
    expect(html).toContain(">Onze stemming</h3>");
    expect(html).toContain('aria-label="Stemming: Onze stemming"');
    const unknown = renderToStaticMarkup(
      <SessionContext.Provider value={session("participant", false).value}>
        <WorksheetWidget widget={WIDGET} instanceId={INSTANCE} text={(t) => t.nl} />
      </SessionContext.Provider>,
    );
    expect(unknown).toBe("");
  });

  it("lets a participant change an open worksheet's widget", () => {
    const r = render("participant", false);
    expect(r.html).not.toContain("data-locked");
    expect(r.html).not.toContain("disabled");
    expect(r.seen.props?.access.readOnly).toBe(false);
    r.seen.state?.set("blij");
    expect(r.stored()).toBe("blij");
  });

  it("keeps a participant from changing a locked worksheet's widget, and says why", () => {
    const r = render("participant", true);
    expect(r.html).toContain('class="wb-widget wb-widget--status wb-widget--stemming wb-widget--locked"');
    expect(r.html).toContain('aria-label="vergrendeld"');
    expect(r.html.match(/<button[^>]* disabled=""/g)).toHaveLength(3);
    expect(r.html).toContain("vergrendeld door de facilitator");
    expect(r.seen.props?.access).toMatchObject({ readOnly: true });
    expect(r.seen.props?.access.mayWriteNow()).toBe(false);
    r.seen.state?.set("somber");
    expect(r.stored()).toBeUndefined();
    // The check at writing time reads the live lock: unlocked, the same render may write again.
    lockedAreasOf(r.control).delete(INSTANCE);
    r.seen.state?.set("somber");
    expect(r.stored()).toBe("somber");
  });

  it("lets the facilitator change a locked worksheet's widget, with no locked look", () => {
    const r = render("facilitator", true);
    expect(r.html).not.toContain("wb-widget--locked");
    expect(r.html).not.toContain("disabled");
    r.seen.state?.set("neutraal");
    expect(r.stored()).toBe("neutraal");
  });

  it("keeps viewers out without the lock's look, and shows them the lock once there is one", () => {
    const open = render("viewer", false);
    expect(open.html).not.toContain("wb-widget--locked");
    expect(open.html.match(/<button[^>]* disabled=""/g)).toHaveLength(3);
    open.seen.state?.set("blij");
    expect(open.stored()).toBeUndefined();
    expect(render("viewer", true).html).toContain("wb-widget--locked");
  });
});
