import { ApiErrorSchema, PATHS } from "@wijkbord/shared";
import { noticeRefusal } from "../app/apiClient.ts";
import type { WorksheetImage } from "./renderWorksheetImages.ts";

export type ExportFormat = "pdf" | "xlsx" | "csv" | "json";

/** A failed export or import: `status` 0 when the server could not be reached. */
export class TransferError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = "TransferError";
  }
}

/** The file name the server proposes (RFC 6266 `filename*` first), or a fallback. */
export function filenameFrom(disposition: string | null, fallback: string): string {
  const star = disposition?.match(/filename\*=UTF-8''([^;]+)/i)?.[1];
  if (star) {
    try {
      return decodeURIComponent(star);
    } catch {
      // A malformed escape: fall through to the plain name.
    }
  }
  return disposition?.match(/filename="([^"]+)"/i)?.[1] ?? fallback;
}

/** The API's error message from a failed response, or its status. */
export async function errorMessage(res: Response): Promise<string> {
  const body: unknown = await res.json().catch(() => null);
  const parsed = ApiErrorSchema.safeParse(body);
  noticeRefusal(res.status, parsed.success ? parsed.data.error.code : undefined);
  return parsed.success ? parsed.data.error.message : `HTTP ${res.status}`;
}

/** Saves a response body as a file, named as the server proposes. */
async function save(res: Response, fallback: string): Promise<string> {
  const blob = await res.blob();
  return saveBlob(blob, filenameFrom(res.headers.get("content-disposition"), fallback));
}

/** Offers a blob as a download through a temporary object URL; returns the name. */
export function saveBlob(blob: Blob, name: string): string {
  const url = URL.createObjectURL(blob);
  try {
    const a = document.createElement("a");
    a.href = url;
    a.download = name;
    a.rel = "noopener";
    document.body.append(a);
    a.click();
    a.remove();
  } finally {
    // Revoke after the click has been handled; the download keeps its own reference.
    setTimeout(() => URL.revokeObjectURL(url), 30_000);
  }
  return name;
}

async function send(url: string, init: RequestInit): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(url, init);
  } catch {
    throw new TransferError(0, "network");
  }
  if (!res.ok) throw new TransferError(res.status, await errorMessage(res));
  return res;
}

const exportUrl = (sessionId: string, format: ExportFormat) =>
  `${PATHS.sessions}/${encodeURIComponent(sessionId)}/export/${format}`;

/**
 * Fetches an export with the facilitator's token in a header (never in the URL, which could end up
 * in history or logs) and saves it.
 */
export async function downloadExport(
  sessionId: string,
  token: string,
  format: ExportFormat,
  lang: "nl" | "en",
): Promise<string> {
  const res = await send(`${exportUrl(sessionId, format)}?lang=${lang}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return save(res, `wijkbord.${format}`);
}

/** The PDF report with the canvas images drawn in this browser. */
export async function downloadPdfWithImages(
  sessionId: string,
  token: string,
  lang: "nl" | "en",
  images: readonly WorksheetImage[],
): Promise<string> {
  const res = await send(exportUrl(sessionId, "pdf"), {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify({ lang, images }),
  });
  return save(res, "wijkbord.pdf");
}
