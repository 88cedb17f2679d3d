import { BOARD, type PageBounds, type WorksheetDefinition } from "@wijkbord/shared";
import { isShown, shownCardCount } from "@wijkbord/worksheets";
import type * as Y from "yjs";
import { useSessionContext } from "../app/SessionContext.tsx";
import { useYMapValue } from "../sync/useYMapValue.ts";
import type { NoteSpot } from "./notesPerWorksheet.ts";

/**
 * A worksheet drawn small from its definition, in its own coordinates: sections, cards and fields
 * as blocks, zones as dashed outlines, its notes as yellow squares, and `view` (what this browser
 * shows now, when it overlaps) as a blue frame. Decorative: the button around it names the worksheet.
 */
export function WorksheetThumbnail({
  def,
  instanceId,
  notes,
  view,
}: {
  def: WorksheetDefinition;
  instanceId: string;
  notes: readonly NoteSpot[];
  view: PageBounds | null;
}) {
  const { boardDoc } = useSessionContext();
  const counts: Y.Map<unknown> = boardDoc.getMap(BOARD.cardCounts);
  const shown = shownCardCount(def, instanceId, { [instanceId]: useYMapValue(counts, instanceId) });
  const { w, h } = def.size;
  return (
    <svg className="wb-thumb" viewBox={`0 0 ${w} ${h}`} aria-hidden="true" focusable="false">
      <rect className="wb-thumb__sheet" x={0} y={0} width={w} height={h} rx={24} />
      <rect className="wb-thumb__title" x={40} y={40} width={Math.min(w - 80, 1600)} height={70} rx={12} />
      {blocks(def.sections, "wb-thumb__section")}
      {blocks(def.cards, "wb-thumb__card")}
      {blocks(
        def.fields.filter((f) => isShown(f, shown)),
        "wb-thumb__field",
      )}
      {blocks(
        def.zones.filter((z) => isShown(z, shown)),
        "wb-thumb__zone",
      )}
      {notes.map((n, i) => (
        // Notes have no stable order here; their place is their identity in a picture.
        // biome-ignore lint/suspicious/noArrayIndexKey: a static drawing, redrawn whole
        <rect key={i} className="wb-thumb__note" x={n.x} y={n.y} width={n.size} height={n.size} />
      ))}
      {view && <rect className="wb-thumb__view" x={view.x} y={view.y} width={view.w} height={view.h} />}
    </svg>
  );
}

function blocks(parts: readonly { id: string; rect: PageBounds }[], className: string) {
  return parts.map((p) => (
    <rect
      key={p.id}
      className={className}
      x={p.rect.x}
      y={p.rect.y}
      width={p.rect.w}
      height={p.rect.h}
      rx={16}
    />
  ));
}
