import type { PageBounds } from "@wijkbord/shared";
import { getWorksheet, localizeForWijk } from "@wijkbord/worksheets";
import { type Editor, useValue } from "tldraw";
import { useLocale } from "../app/LocaleProvider.tsx";
import { useSessionContext } from "../app/SessionContext.tsx";
import { showWorksheet } from "../camera/showWorksheet.ts";
import { worksheetBounds } from "../camera/worksheetBounds.ts";
import { useFacilitation, useFacilitationMessages } from "../facilitation/FacilitationContext.tsx";
import { ModalDialog } from "../ui/ModalDialog.tsx";
import { type NoteSpot, notesPerWorksheet } from "./notesPerWorksheet.ts";
import { OVERVIEW_MESSAGES } from "./overviewMessages.ts";
import { WorksheetThumbnail } from "./WorksheetThumbnail.tsx";
import "./overview.css";

/** tldraw's note is 200 canvas units square at scale 1. */
const NOTE_SIZE = 200;

/** The part of `view` over `sheet`, in the sheet's coordinates, or null when they do not overlap. */
function viewOn(sheet: PageBounds, view: PageBounds): PageBounds | null {
  const x = Math.max(sheet.x, view.x);
  const y = Math.max(sheet.y, view.y);
  const right = Math.min(sheet.x + sheet.w, view.x + view.w);
  const bottom = Math.min(sheet.y + sheet.h, view.y + view.h);
  return right > x && bottom > y ? { x: x - sheet.x, y: y - sheet.y, w: right - x, h: bottom - y } : null;
}

/**
 * All of the session's worksheets at once, in agenda order (the canvas, one long row, cannot show
 * them legibly even at tldraw's smallest zoom): each a thumbnail with its notes and where this
 * browser looks now; choosing one goes there as the agenda does. Facilitators can bring everyone
 * there too. Modal (`ModalDialog`).
 */
export function OverviewDialog({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const { locale } = useLocale();
  const m = OVERVIEW_MESSAGES[locale];
  const fm = useFacilitationMessages();
  const { facilitation, placements } = useFacilitation();
  const { wijk } = useSessionContext();

  const list = useValue("placements", () => placements.get(), [placements]);
  const notes = useValue(
    "overview notes",
    () =>
      editor
        .getCurrentPageShapes()
        .filter((s) => s.type === "note")
        .map(
          (s): NoteSpot => ({
            x: s.x,
            y: s.y,
            size: NOTE_SIZE * ((s.props as { scale?: number }).scale ?? 1),
          }),
        ),
    [editor],
  );
  const view = useValue("viewport", () => editor.getViewportPageBounds().toJson(), [editor]);
  const perSheet = notesPerWorksheet(list, notes);

  return (
    <ModalDialog
      titleId="wb-overview-title"
      title={m.title}
      intro={m.intro}
      testId="overview"
      onClose={onClose}
      close={{ label: m.close, testId: "overview-close", placement: "header" }}
      wide
    >
      <ol className="wb-overview__list">
        {list.map((placement, i) => {
          const def = getWorksheet(placement.worksheetId, placement.version);
          const bounds = worksheetBounds(placement);
          if (!def || !bounds) return null;
          const title = localizeForWijk(def.title, locale, wijk);
          const count = perSheet.get(placement.instanceId)?.length ?? 0;
          const here = viewOn(bounds, view);
          return (
            <li
              key={placement.instanceId}
              className="wb-overview__item"
              data-here={here !== null || undefined}
            >
              <button
                type="button"
                className="wb-overview__go"
                data-testid={`overview-goto-${placement.instanceId}`}
                onClick={() => {
                  showWorksheet(editor, bounds);
                  onClose();
                }}
              >
                <WorksheetThumbnail
                  def={def}
                  instanceId={placement.instanceId}
                  notes={perSheet.get(placement.instanceId) ?? []}
                  view={here}
                />
                <span className="wb-overview__title">
                  {i + 1}. {title}
                </span>
                <span className="wb-overview__meta">
                  {localizeForWijk(def.chapter, locale, wijk)} · {count} {count === 1 ? m.oneNote : m.notes}
                  {here && ` · ${m.youAreHere}`}
                </span>
              </button>
              {facilitation.canControl && (
                <button
                  type="button"
                  className="wb-button utrecht-button utrecht-button--secondary-action wb-fac__small"
                  data-testid={`overview-summon-${placement.instanceId}`}
                  aria-label={`${fm.summonHere}: ${title}`}
                  onClick={() => {
                    facilitation.summon(bounds, placement.instanceId);
                    showWorksheet(editor, bounds);
                    onClose();
                  }}
                >
                  {fm.summonHere}
                </button>
              )}
            </li>
          );
        })}
      </ol>
    </ModalDialog>
  );
}
