import { useEffect } from "react";
import { type Editor, useValue } from "tldraw";
import { useFacilitation } from "../facilitation/FacilitationContext.tsx";
import { typeOverPhoto } from "./typeOverPhoto.ts";
import { usePhotoMessages } from "./usePhotoMessages.ts";
import "./photos.css";

/** How long "Foto staat op het bord" stays. */
const PLACED_MS = 4000;
/** Room the button needs below the photo before it moves inside the view's bottom edge. */
const BUTTON_ROOM = 56;

/**
 * Over the canvas: the upload's progress or its refusal (the server's words), why a participant's
 * dropped or pasted file did nothing, and, next to a selected photo, "Overtypen als notitie" for
 * everyone who writes notes.
 */
export function PhotoOverlay({ editor, canWrite }: { editor: Editor; canWrite: boolean }) {
  const { photos, placements } = useFacilitation();
  const m = usePhotoMessages();
  const status = useValue("photoStatus", () => photos.status.get(), [photos]);
  useEffect(() => {
    if (status.kind !== "placed" && status.kind !== "notAllowed") return;
    const timer = setTimeout(() => photos.dismiss(), PLACED_MS);
    return () => clearTimeout(timer);
  }, [status, photos]);
  const anchor = useValue("typeOverAnchor", () => {
    if (!canWrite || editor.getEditingShapeId()) return null;
    const selected = editor.getSelectedShapes();
    const photo = selected.length === 1 && selected[0]?.type === "image" ? selected[0] : null;
    const bounds = photo && editor.getShapePageBounds(photo);
    if (!photo || !bounds) return null;
    const view = editor.getViewportScreenBounds();
    const corner = editor.pageToViewport({ x: bounds.x, y: bounds.maxY });
    return {
      photo,
      left: Math.min(Math.max(8, corner.x), view.w - 200),
      top: Math.min(Math.max(8, corner.y + 8), view.h - BUTTON_ROOM),
    };
  }, [editor, canWrite]);
  return (
    <>
      {status.kind !== "idle" && (
        <div
          className={`wb-photos__status${status.kind === "failed" ? " wb-photos__status--failed" : ""}`}
          role={status.kind === "failed" || status.kind === "notAllowed" ? "alert" : "status"}
          data-testid="photo-status"
        >
          {status.kind === "uploading" &&
            (status.sent < 1 ? (
              <>
                {m.uploading(Math.round(status.sent * 100))}
                <progress max={1} value={status.sent} />
              </>
            ) : (
              m.processing
            ))}
          {status.kind === "placed" && m.placed}
          {status.kind === "failed" && m.failed(status.message ?? m.network)}
          {status.kind === "notAllowed" && m.notAllowed}
          {status.kind !== "uploading" && (
            <button
              type="button"
              className="wb-button utrecht-button utrecht-button--secondary-action wb-photos__dismiss"
              onClick={() => photos.dismiss()}
            >
              {m.dismiss}
            </button>
          )}
        </div>
      )}
      {anchor && (
        <button
          type="button"
          className="wb-button utrecht-button utrecht-button--secondary-action wb-photos__type-over"
          data-testid="type-over"
          title={m.typeOverTitle}
          style={{ left: anchor.left, top: anchor.top }}
          onPointerDown={(e) => e.stopPropagation()}
          onClick={() => typeOverPhoto(editor, anchor.photo, placements.get())}
        >
          {m.typeOver}
        </button>
      )}
    </>
  );
}
