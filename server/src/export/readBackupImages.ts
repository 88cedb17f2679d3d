import { type BackupImage, PATHS, sessionImagePath } from "@wijkbord/shared";
import type { Storage } from "../storage/Storage.ts";

/**
 * The session's photos a backup carries: every image whose path (`sessionImagePath`) appears in
 * `texts` (the documents and the hidden parts, as JSON or Yjs bytes), with its stored bytes. A
 * photo nothing points to any more is left out: the restored session could not show it.
 */
export async function readBackupImages(
  storage: Storage,
  sessionId: string,
  texts: readonly string[],
): Promise<BackupImage[]> {
  const prefix = `${PATHS.sessions}/${sessionId}/images/`.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const pattern = new RegExp(`${prefix}([A-Za-z0-9_-]{22})`, "g");
  const ids = new Set(texts.flatMap((t) => [...t.matchAll(pattern)].map((m) => m[1] ?? "")));
  const out: BackupImage[] = [];
  for (const id of ids) {
    const image = await storage.images.get(sessionId, id);
    if (!image) continue;
    out.push({
      id,
      src: sessionImagePath(sessionId, id),
      mime: image.mime,
      data: Buffer.from(image.bytes).toString("base64"),
    });
  }
  return out;
}
