import { exportFileName } from "@wijkbord/shared";

/**
 * A download name from the session title: `wijkbord-<title>-<yyyy-mm-dd>.<ext>`, ASCII only for
 * the plain `filename`, the full title in `filename*` (RFC 6266/5987) for browsers that read it.
 */
export function contentDisposition(title: string, date: Date, ext: string): string {
  const day = date.toISOString().slice(0, 10);
  const ascii =
    title
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[^A-Za-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .toLowerCase()
      .slice(0, 60) || "sessie";
  const full = exportFileName(title, date, ext);
  return `attachment; filename="wijkbord-${ascii}-${day}.${ext}"; filename*=UTF-8''${encodeURIComponent(full)}`;
}
