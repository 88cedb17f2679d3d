import {
  type ClientConfig,
  CreateSessionRequestSchema,
  type LicenceStatus,
  PATHS,
  PROTOCOL_VERSION,
  type ServerTime,
  type SessionInfo,
  TIMINGS,
} from "@wijkbord/shared";
import { getWorksheet } from "@wijkbord/worksheets";
import type { MiddlewareHandler } from "hono";
import { Hono } from "hono";
import { authorize } from "../auth/authorize.ts";
import { unsealTokens } from "../auth/sealTokens.ts";
import { apiError, summarize } from "../http/apiError.ts";
import { jsonBody } from "../http/jsonBody.ts";
import { deletesAt } from "../retention/deletesAt.ts";
import { deletionWarning } from "../retention/deletionWarning.ts";
import type { SessionActivity } from "../retention/SessionActivity.ts";
import type { Storage } from "../storage/Storage.ts";
import { createSession } from "./createSession.ts";
import { sessionLinks } from "./sessionLinks.ts";
import { worksheetList } from "./worksheetList.ts";

export interface ApiDeps {
  storage: Storage;
  /** Read per request: with port 0 the URL is only known once the server listens. */
  publicUrl: () => string;
  tldrawLicenseKey: string | null;
  /** What tldraw will make of that key at the public URL, now. */
  licence: () => LicenceStatus;
  maxBodyBytes: number;
  /** The per-address budget of new sessions, shared with imports and restores. */
  limitCreation: MiddlewareHandler;
  /** Opening a session counts as activity for the retention period. */
  activity: SessionActivity;
  /** `RETENTION_DAYS`, or null when sessions are kept until deleted by hand. */
  retentionDays: number | null;
  /** `RETENTION_WARN_DAYS`: how long before the deletion facilitators are warned prominently. */
  retentionWarnDays?: number;
  /** The retention period's clock (ms since the epoch). */
  now?: () => number;
  /** Instance ids of the session's hidden worksheets (step by step). */
  hiddenInstances: (sessionId: string) => Promise<ReadonlySet<string>>;
}

const withoutHidden = (worksheets: SessionInfo["worksheets"], hidden: ReadonlySet<string>) =>
  worksheets.filter((p) => !hidden.has(p.instanceId));

/** The JSON API under /api (`/healthz` is `healthRoute`). Every input is parsed with the schemas in shared. */
export function apiRoutes(deps: ApiDeps): Hono {
  const app = new Hono();

  app.post(
    PATHS.sessions,
    deps.limitCreation,
    jsonBody(CreateSessionRequestSchema, { maxBytes: deps.maxBodyBytes }),
    async (c) => {
      const request = c.req.valid("json");
      const unknown = request.worksheets.flatMap((id, i) =>
        getWorksheet(id) ? [] : [{ path: `worksheets.${i}`, message: `unknown worksheet: ${id}` }],
      );
      if (unknown.length > 0) return apiError(c, 400, "unknown_worksheet", summarize(unknown), unknown);
      const created = await createSession(deps.storage, request, deps.publicUrl());
      return c.json(created, 201);
    },
  );

  app.get(`${PATHS.sessions}/:id`, authorize(deps.storage, {}), async (c) => {
    const auth = c.get("auth");
    const { session, role } = auth;
    const info: SessionInfo = {
      id: session.id,
      title: session.title,
      wijk: session.wijk,
      createdAt: session.createdAt,
      role,
      // A worksheet hidden for participants is left out of the layout at creation too (docs/hiding.md).
      worksheets:
        role === "facilitator"
          ? session.worksheets
          : withoutHidden(session.worksheets, await deps.hiddenInstances(session.id)),
      protocolVersion: PROTOCOL_VERSION,
    };
    // Whether the deletion was near before this visit: the warning says the visit postponed it.
    const before =
      deps.retentionDays !== null && role === "facilitator"
        ? await deps.storage.activity.lastActive(session.id)
        : undefined;
    // Opening the link is activity: the date shown counts from now.
    await deps.activity.touch(session.id);
    if (deps.retentionDays !== null && role === "facilitator") {
      const lastActive = await deps.storage.activity.lastActive(session.id);
      if (lastActive) {
        info.deletesAt = deletesAt(lastActive, deps.retentionDays);
        info.deletionWarning = deletionWarning(
          deletesAt(before ?? lastActive, deps.retentionDays),
          (deps.now ?? Date.now)(),
          deps.retentionWarnDays ?? TIMINGS.retentionWarnDays,
        );
      }
    }
    // Only the facilitator link opens the sealed links (not a co-facilitator's participant token).
    if (auth.tokenRole === "facilitator") {
      const others = unsealTokens(session.sealedTokens, auth.token, session.id);
      if (others)
        info.links = sessionLinks(deps.publicUrl(), session.id, { facilitator: auth.token, ...others });
    }
    return c.json(info);
  });

  app.get(PATHS.worksheets, (c) => c.json(worksheetList()));

  app.get(PATHS.config, (c) => {
    const config: ClientConfig = {
      tldrawLicenseKey: deps.tldrawLicenseKey,
      protocolVersion: PROTOCOL_VERSION,
      licence: deps.licence(),
    };
    return c.json(config);
  });

  app.get(PATHS.time, (c) => {
    const time: ServerTime = { now: Date.now() };
    return c.json(time);
  });

  app.all(`${PATHS.api}/*`, (c) =>
    apiError(c, 404, "not_found", `no API route ${c.req.method} ${c.req.path}`),
  );
  return app;
}
