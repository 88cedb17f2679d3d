import {
  HIDE_PATH_SUFFIX,
  HIDING_PATH_SEGMENT,
  type HidingResponse,
  HidingResponseSchema,
  PATHS,
  SHOW_PATH_SUFFIX,
} from "@wijkbord/shared";
import { request } from "../app/apiClient.ts";

/** `POST /api/sessions/:id/worksheets/:instanceId/hide` or `/show` with a facilitator's credential. */
export function setWorksheetHidden(
  sessionId: string,
  instanceId: string,
  hidden: boolean,
  token: string,
): Promise<HidingResponse> {
  const path = `${PATHS.sessions}/${encodeURIComponent(sessionId)}${HIDING_PATH_SEGMENT}/${encodeURIComponent(instanceId)}${hidden ? HIDE_PATH_SUFFIX : SHOW_PATH_SUFFIX}`;
  return request(
    path,
    {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: "{}",
    },
    HidingResponseSchema,
  );
}
