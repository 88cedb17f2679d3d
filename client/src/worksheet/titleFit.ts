/** A worksheet title's type size and how many lines it may take. */
export interface TitleFit {
  px: number;
  lines: 1 | 2;
}

/**
 * Largest first. The title band (the header, 120 canvas px) holds the chapter line (34 px) and
 * either one line at 56 or 44 px, or two at 36 px (2 × 1.1 × 36 = 79 px): never more, so the
 * chapter stays inside the worksheet's frame and the title clear of the first section.
 */
const FITS: readonly TitleFit[] = [
  { px: 56, lines: 1 },
  { px: 44, lines: 1 },
  { px: 36, lines: 2 },
];

/**
 * Average advance of a character of the bold title face, in ems, with a margin: IBM Plex Sans Bold
 * sets the catalogue's titles at 0.45–0.50 em per character.
 */
const EM_PER_CHAR = 0.53;

/** A second line is never quite full: words wrap whole. */
const SECOND_LINE_FILL = 0.85;

/** The largest size at which `title` fits `width` canvas px in the lines that size allows. */
export function titleFit(title: string, width: number): TitleFit {
  const chars = [...title].length;
  for (const fit of FITS) {
    const room = fit.lines === 1 ? width : width * (1 + SECOND_LINE_FILL);
    if (chars * EM_PER_CHAR * fit.px <= room) return fit;
  }
  return FITS[FITS.length - 1] as TitleFit;
}

/** Left and right padding of the title band, and the gap between heading and subtitle (wijkbord.css). */
const BAND_PADDING = 80;

/**
 * How wide a worksheet's heading (chapter and title) may be: the band's width, or 60 % of it
 * when the subtitle sits beside it.
 */
export function headingWidth(sheetWidth: number, hasSubtitle: boolean): number {
  const inner = sheetWidth - BAND_PADDING;
  return hasSubtitle ? Math.round(inner * 0.6) : inner;
}
