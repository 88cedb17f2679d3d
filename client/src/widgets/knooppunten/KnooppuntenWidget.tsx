import {
  CATALOGUE,
  KNOOPPUNT_STATUS_LABELS,
  KNOOPPUNT_STATUSES,
  type Knooppunt,
  knooppuntenSpec,
  WIJKKOMPAS_KNOOPPUNTEN,
  WIJKKOMPAS_STAGES,
  worksheetsInPhase,
} from "@wijkbord/worksheets";
import type { WidgetBodyProps } from "../shared/ClientWidget.ts";
import { StatusButtons } from "../shared/StatusButtons.tsx";
import { useWidgetState } from "../shared/useWidgetState.ts";
import type { KnooppuntenMessages } from "./knooppuntenMessages.ts";

type Props = WidgetBodyProps<KnooppuntenMessages>;

function KnooppuntRow({
  knooppunt,
  instanceId,
  text,
  m,
  access,
}: { knooppunt: Knooppunt } & Omit<Props, "widget" | "locale">) {
  const { value, set, readOnly, lockedNote } = useWidgetState(
    knooppuntenSpec.state,
    instanceId,
    knooppunt.id,
    access,
  );
  const title = text(knooppunt.title);
  // The worksheets whose definition names this knooppunt (by its Dutch title, as the definitions do).
  const sheets = CATALOGUE.filter((d) => d.wijkkompas.knooppunt?.nl === knooppunt.title.nl);
  return (
    <li className="sw-knooppunt" data-knooppunt={knooppunt.id}>
      <div className="sw-knooppunt__title">
        {title}
        {knooppunt.sporen && <span className="sw-sporen"> ({knooppunt.sporen.join(" ")})</span>}
      </div>
      {sheets.length > 0 && (
        <div className="sw-knooppunt__sheets">
          {m.worksheets}: {sheets.map((d) => text(d.title)).join(" · ")}
        </div>
      )}
      <StatusButtons
        label={`${m.status}: ${title}`}
        options={KNOOPPUNT_STATUSES.map((s) => ({ value: s, label: text(KNOOPPUNT_STATUS_LABELS[s]) }))}
        value={value}
        onChange={set}
        readOnly={readOnly}
        lockedNote={lockedNote}
        hint={m.clearHint}
        testId={`knooppunt-${instanceId}-${knooppunt.id}`}
      />
    </li>
  );
}

/**
 * One Wijkkompas phase (the widget's id is the phase's id): its knooppunten with their status and the
 * worksheets that name them, then the phase's other worksheets; all read from the definitions'
 * `wijkkompas` placement, so the lists stay right.
 */
export function KnooppuntenWidget({ widget, instanceId, text, m, access }: Props) {
  const phase = WIJKKOMPAS_STAGES.find((p) => p.id === widget.id);
  const knooppunten = WIJKKOMPAS_KNOOPPUNTEN.filter((k) => k.phase === phase?.number);
  // Worksheets that name one of these knooppunten are listed under it; the rest of the phase here.
  const named = new Set(knooppunten.map((k) => k.title.nl));
  const sheets = phase
    ? worksheetsInPhase(phase.number).filter((d) => !named.has(d.wijkkompas.knooppunt?.nl ?? ""))
    : [];
  return (
    <>
      {knooppunten.length === 0 && <p className="sw-empty">{m.noKnooppunten}</p>}
      <ul className="sw-knooppunten">
        {knooppunten.map((k) => (
          <KnooppuntRow key={k.id} knooppunt={k} instanceId={instanceId} text={text} m={m} access={access} />
        ))}
      </ul>
      <h4 className="sw-subtitle">{m.worksheetsInPhase}</h4>
      {sheets.length === 0 && <p className="sw-empty">{m.noWorksheets}</p>}
      <ul className="sw-sheets">
        {sheets.map((d) => (
          <li key={d.id} data-phase-worksheet={d.id}>
            {text(d.title)}
            <span className="sw-sporen"> ({d.wijkkompas.sporen.join(" ")})</span>
          </li>
        ))}
      </ul>
    </>
  );
}
