import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/**
 * The TrueType fonts the PDF embeds, from the `dejavu-fonts-ttf` package (no network at run time).
 * pdfkit's built-in Helvetica only covers WinAnsi, which lacks "→" and much of what people type;
 * DejaVu Sans covers Latin, Greek, Cyrillic, arrows and common symbols.
 */
export const REPORT_FONTS = {
  regular: require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf"),
  bold: require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf"),
  italic: require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans-Oblique.ttf"),
} as const;
