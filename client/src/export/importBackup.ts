import {
  type CreateSessionResponse,
  CreateSessionResponseSchema,
  MAX_BACKUP_BYTES,
  PATHS,
} from "@wijkbord/shared";
import { errorMessage, TransferError } from "./downloadExport.ts";

/** Sends a backup file's text to `POST /api/sessions/import`; resolves with the new session's links. */
export async function importBackup(fileText: string): Promise<CreateSessionResponse> {
  const body = new TextEncoder().encode(fileText);
  if (body.byteLength > MAX_BACKUP_BYTES) throw new TransferError(413, "too-large");
  let res: Response;
  try {
    res = await fetch(`${PATHS.sessions}/import`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body,
    });
  } catch {
    throw new TransferError(0, "network");
  }
  if (!res.ok) throw new TransferError(res.status, await errorMessage(res));
  const parsed = CreateSessionResponseSchema.safeParse(await res.json().catch(() => null));
  if (!parsed.success) throw new TransferError(res.status, "unexpected response from the server");
  return parsed.data;
}
