import { getWorksheet } from "@wijkbord/worksheets";
import { DefaultFontFaces, HTMLContainer, Rectangle2d, ShapeUtil, type TLFontFace } from "tldraw";
import { MESSAGES } from "../app/messages.ts";
import { useSessionContext } from "../app/SessionContext.tsx";
import { WORKSHEET_SHAPE_TYPE } from "../sync/recordRouting.ts";
import { WorksheetView } from "./WorksheetView.tsx";
import { type WorksheetShape, worksheetShapeProps } from "./worksheetShape.ts";

function UnknownWorksheet({ shape }: { shape: WorksheetShape }) {
  const { locale } = useSessionContext();
  return (
    <div className="wb-sheet wb-sheet--unknown" style={{ width: shape.props.w, height: shape.props.h }}>
      {MESSAGES[locale].unknownWorksheet}: {shape.props.worksheetId}
    </div>
  );
}

/**
 * The worksheet background: a locked, derived shape (see bindWorksheetShapes) drawn from the
 * worksheet's definition. Not selectable, resizable, rotatable, editable or bindable.
 */
export class WorksheetShapeUtil extends ShapeUtil<WorksheetShape> {
  static override type = WORKSHEET_SHAPE_TYPE;
  static override props = worksheetShapeProps;

  getDefaultProps(): WorksheetShape["props"] {
    return { w: 1200, h: 800, instanceId: "", worksheetId: "", version: 1 };
  }

  getGeometry(shape: WorksheetShape) {
    return new Rectangle2d({ width: shape.props.w, height: shape.props.h, isFilled: true });
  }

  override canEdit() {
    return false;
  }
  override canResize() {
    return false;
  }
  override canBind() {
    return false;
  }
  override canSnap() {
    return false;
  }
  override canTabTo() {
    return false;
  }
  override hideRotateHandle() {
    return true;
  }
  override hideResizeHandles() {
    return true;
  }
  override hideSelectionBoundsBg() {
    return true;
  }
  override hideSelectionBoundsFg() {
    return true;
  }
  override isAspectRatioLocked() {
    return true;
  }

  /** The worksheet's texts use tldraw's sans face (IBM Plex Sans, served by our own server). */
  override getFontFaces(): TLFontFace[] {
    return [DefaultFontFaces.tldraw_sans.normal.normal, DefaultFontFaces.tldraw_sans.normal.bold];
  }

  component(shape: WorksheetShape) {
    const definition = getWorksheet(shape.props.worksheetId, shape.props.version);
    return (
      <HTMLContainer>
        {definition ? (
          <WorksheetView definition={definition} instanceId={shape.props.instanceId} />
        ) : (
          <UnknownWorksheet shape={shape} />
        )}
      </HTMLContainer>
    );
  }

  getIndicatorPath(shape: WorksheetShape) {
    const path = new Path2D();
    path.rect(0, 0, shape.props.w, shape.props.h);
    return path;
  }
}
