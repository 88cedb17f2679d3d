/**
 * The name of a session's download: `wijkbord-<title>-<yyyy-mm-dd>.<ext>`, with the characters that
 * file systems refuse replaced. One convention for the server's exports and the browser's images.
 */
export function exportFileName(title: string, date: Date, ext: string): string {
  const day = date.toISOString().slice(0, 10);
  return `wijkbord-${title.replace(/[\\/:*?"<>|\p{Cc}]+/gu, "-").trim()}-${day}.${ext}`;
}
