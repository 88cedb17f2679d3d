import type { PageBounds } from "@wijkbord/shared";

/** A tldraw camera: screen = (page + camera) × z. */
export interface Camera {
  x: number;
  y: number;
  z: number;
}

/** The canvas on screen, in CSS pixels. */
export interface ScreenSize {
  w: number;
  h: number;
}

/** Screen pixels along each edge of the canvas that tldraw's own UI covers. */
export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/**
 * The smallest zoom the app chooses by itself: worksheet hints and tldraw's notes are set at 22
 * canvas px, which stay 12 px or more on screen from here. Users may still zoom out further.
 */
export const LEGIBLE_ZOOM = 0.55;

/** The app never zooms in further than 100 % by itself (larger gets blurry and shows little). */
const MAX_FRAME_ZOOM = 1;

/**
 * Clear of tldraw's UI: its menu and quick actions top left (40 px high, 8 px from the top), its
 * toolbar at the bottom; a little air at the sides.
 */
export const FRAME_INSETS: Insets = { top: 60, right: 16, bottom: 72, left: 16 };

/** The camera that puts page point `page` at screen point `screen` at zoom `z`. */
const cameraAt = (page: { x: number; y: number }, screen: { x: number; y: number }, z: number): Camera => ({
  x: screen.x / z - page.x,
  y: screen.y / z - page.y,
  z,
});

/**
 * How the app shows a worksheet (agenda, "Iedereen hierheen", opening the board): the whole of it
 * when that is still legible; otherwise as wide as fits but never below LEGIBLE_ZOOM, from its top
 * (title and first section), centred when its width fits, else from its left edge (instructions).
 */
export function worksheetFrame(sheet: PageBounds, screen: ScreenSize, insets: Insets = FRAME_INSETS): Camera {
  const availW = Math.max(screen.w - insets.left - insets.right, 1);
  const availH = Math.max(screen.h - insets.top - insets.bottom, 1);
  const fitW = availW / sheet.w;
  const whole = Math.min(fitW, availH / sheet.h, MAX_FRAME_ZOOM);
  if (whole >= LEGIBLE_ZOOM) {
    return cameraAt(
      { x: sheet.x + sheet.w / 2, y: sheet.y + sheet.h / 2 },
      { x: insets.left + availW / 2, y: insets.top + availH / 2 },
      whole,
    );
  }
  const z = Math.max(LEGIBLE_ZOOM, Math.min(fitW, MAX_FRAME_ZOOM));
  const widthFits = sheet.w * z <= availW + 0.5;
  return widthFits
    ? cameraAt({ x: sheet.x + sheet.w / 2, y: sheet.y }, { x: insets.left + availW / 2, y: insets.top }, z)
    : cameraAt({ x: sheet.x, y: sheet.y }, { x: insets.left, y: insets.top }, z);
}

/**
 * How the app shows someone else's view ("Iedereen naar mij"): exactly that area when it is
 * legible on this screen, else the middle of it at LEGIBLE_ZOOM (a phone following a laptop).
 */
export function viewFrame(view: PageBounds, screen: ScreenSize): Camera {
  const fit = Math.min(screen.w / view.w, screen.h / view.h);
  const z = Math.max(fit, LEGIBLE_ZOOM);
  return cameraAt(
    { x: view.x + view.w / 2, y: view.y + view.h / 2 },
    { x: screen.w / 2, y: screen.h / 2 },
    z,
  );
}
