import {
  HIDE_PATH_SUFFIX,
  HIDING_PATH_SEGMENT,
  PATHS,
  SHOW_PATH_SUFFIX,
  ZONE_PATH_SEGMENT,
  type ZoneHidingResponse,
  ZoneHidingResponseSchema,
} from "@wijkbord/shared";
import { request } from "../app/apiClient.ts";

/** `POST /api/sessions/:id/worksheets/:instanceId/zones/:zoneId/hide` or `/show` with a facilitator's credential. */
export function setZoneHidden(
  sessionId: string,
  instanceId: string,
  zoneId: string,
  hidden: boolean,
  token: string,
): Promise<ZoneHidingResponse> {
  const worksheet = `${PATHS.sessions}/${encodeURIComponent(sessionId)}${HIDING_PATH_SEGMENT}/${encodeURIComponent(instanceId)}`;
  const path = `${worksheet}${ZONE_PATH_SEGMENT}/${encodeURIComponent(zoneId)}${hidden ? HIDE_PATH_SUFFIX : SHOW_PATH_SUFFIX}`;
  return request(
    path,
    {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: "{}",
    },
    ZoneHidingResponseSchema,
  );
}
