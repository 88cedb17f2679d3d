import { thermometerPositionAfterKey, thermometerPositionAt, thermometerSpec } from "@wijkbord/worksheets";
import { type PointerEvent, useRef } from "react";
import { useSvgExportContext } from "tldraw";
import type { WidgetBodyProps } from "../shared/ClientWidget.ts";
import { useWidgetState } from "../shared/useWidgetState.ts";
import type { ThermometerMessages } from "./thermometerMessages.ts";

/**
 * A thermometer from `scale.from` (smal, left) to `scale.to` (breed, right) with ONE marker for the
 * group: click or drag on the scale, or focus the marker and use the arrow keys, Page Up/Down, Home
 * and End. The position (0…1) is stored in the spec's map (`thermometers`); viewers only see it, and
 * so do participants while the facilitator has locked the worksheet (the marker's title says so).
 */
export function ThermometerWidget({
  widget,
  instanceId,
  text,
  m,
  access,
}: WidgetBodyProps<ThermometerMessages>) {
  const { value, set, readOnly, lockedNote } = useWidgetState(
    thermometerSpec.state,
    instanceId,
    widget.id,
    access,
  );
  const track = useRef<HTMLDivElement>(null);
  const marker = useRef<HTMLDivElement>(null);
  const title = text(widget.title);
  const from = widget.scale ? text(widget.scale.from) : "";
  const to = widget.scale ? text(widget.scale.to) : "";
  const pct = value === undefined ? undefined : Math.round(value * 100);
  // An exported image shows where the marker is, not how to place it.
  const exporting = useSvgExportContext() !== null;

  // The bounding rect is in screen pixels, so this holds at any canvas zoom.
  const placeAt = (clientX: number) => {
    const r = track.current?.getBoundingClientRect();
    if (!r) return;
    const next = thermometerPositionAt(clientX, r.left, r.width);
    if (next !== value) set(next);
  };
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (readOnly || e.button !== 0) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    placeAt(e.clientX);
    marker.current?.focus();
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (!readOnly && e.currentTarget.hasPointerCapture(e.pointerId)) placeAt(e.clientX);
  };

  return (
    <div className="sw-thermo">
      <div
        ref={track}
        className={`sw-thermo__track${readOnly ? " sw-thermo__track--readonly" : ""}${lockedNote ? " sw-thermo__track--locked" : ""}`}
        data-testid={`thermometer-${instanceId}-${widget.id}`}
        data-locked={lockedNote ? "true" : undefined}
        title={lockedNote}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
      >
        {/* No marker yet: none is drawn (a marker in the middle looked placed), the scale says so. */}
        {value === undefined && (
          <span className="sw-thermo__unplaced" aria-hidden="true">
            {m.notPlaced}
          </span>
        )}
        <div
          ref={marker}
          className={`sw-thermo__marker${value === undefined ? " sw-thermo__marker--unplaced" : ""}`}
          style={{ left: `${(value ?? 0.5) * 100}%` }}
          role="slider"
          tabIndex={0}
          aria-label={`${m.marker}: ${title}`}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={pct ?? 50}
          aria-valuetext={pct === undefined ? m.notPlaced : `${pct} %`}
          aria-readonly={readOnly}
          aria-disabled={lockedNote ? true : undefined}
          title={lockedNote}
          onKeyDown={(e) => {
            if (readOnly) return;
            const next = thermometerPositionAfterKey(value, e.key);
            if (next === null) return;
            e.preventDefault();
            if (next !== value) set(next);
          }}
        />
      </div>
      <div className="sw-thermo__ends">
        <span>{from}</span>
        <span>{to}</span>
      </div>
      <p className="sw-thermo__value">
        {pct === undefined ? m.notPlaced : `${pct} %`}
        {!readOnly && !exporting && value === undefined && <span className="sw-empty"> — {m.placeHint}</span>}
      </p>
    </div>
  );
}
