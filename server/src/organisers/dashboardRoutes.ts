import {
  ArchiveRequestSchema,
  type AuditListResponse,
  DELETED_CLOSE_REASON,
  DuplicateRequestSchema,
  LIMITS,
  type OpenOwnedSessionResponse,
  ORGANISER_PATHS,
  type OwnedSessionList,
  SessionIdSchema,
} from "@wijkbord/shared";
import { type Context, Hono, type MiddlewareHandler } from "hono";
import { z } from "zod";
import type { AuditLog } from "../audit/AuditLog.ts";
import { generateToken, hashToken } from "../auth/tokens.ts";
import { type EraseDeps, eraseSession } from "../deletion/eraseSession.ts";
import { duplicateWithContent } from "../duplication/duplicateWithContent.ts";
import { apiError } from "../http/apiError.ts";
import { jsonBody } from "../http/jsonBody.ts";
import type { Logger } from "../log/logger.ts";
import { deletesAt } from "../retention/deletesAt.ts";
import { createSession } from "../sessions/createSession.ts";
import { sessionLink } from "../sessions/sessionLinks.ts";
import type { Organiser } from "./Organiser.ts";
import type { OrganiserLogins } from "./OrganiserLogins.ts";

export interface DashboardDeps extends EraseDeps {
  logins: OrganiserLogins;
  publicUrl: () => string;
  retentionDays: number | null;
  limitCreation: MiddlewareHandler;
  logger: Logger;
  /** The Logboek: a duplicate's first entry says where it came from. */
  audit?: AuditLog;
}

/** More than anyone's team makes in years; the answer says when there were more. */
export const MAX_LISTED = 2000;

const EmptyBodySchema = z.strictObject({});

interface OrganiserEnv {
  Variables: { organiser: Organiser };
}

/**
 * "Mijn werksessies" (`/api/me/sessions`): the signed-in organiser's werksessies and their teams',
 * and what the owner may do without the link: open as facilitator, archive, duplicate, delete.
 * A session of someone outside the organiser's teams is answered as unknown.
 */
export function dashboardRoutes(deps: DashboardDeps): Hono<OrganiserEnv> {
  const app = new Hono<OrganiserEnv>();
  const base = ORGANISER_PATHS.sessions;

  app.use(`${base}`, signedIn(deps.logins));
  app.use(`${base}/*`, signedIn(deps.logins));

  app.get(base, async (c) => {
    const me = c.get("organiser");
    const rows = await deps.storage.organisers.listOwned(me.subject, me.teams, MAX_LISTED + 1);
    const body: OwnedSessionList = {
      truncated: rows.length > MAX_LISTED,
      sessions: rows.slice(0, MAX_LISTED).map((r) => ({
        id: r.id,
        title: r.title,
        wijk: r.wijk,
        createdAt: r.createdAt,
        lastActive: r.lastActive,
        mine: r.owner.subject === me.subject,
        team: r.owner.team,
        archived: r.archived,
        participants: r.participants,
        notes: r.notes,
        deletesAt: deps.retentionDays === null ? null : deletesAt(r.lastActive, deps.retentionDays),
      })),
    };
    return c.json(body);
  });

  // A fresh facilitator token for the owner; it replaces the one granted before (OrganiserStore).
  app.post(`${base}/:id/open`, jsonBody(EmptyBodySchema, { maxBytes: 64, optional: true }), async (c) => {
    const id = await ownedId(c, deps);
    if (id instanceof Response) return id;
    const token = generateToken();
    await deps.storage.organisers.grantOwnerToken(id, hashToken(token));
    const body: OpenOwnedSessionResponse = { url: sessionLink(deps.publicUrl(), id, token), token };
    return c.json(body);
  });

  app.post(
    `${base}/:id/archive`,
    jsonBody(ArchiveRequestSchema, { maxBytes: LIMITS.maxRequestBodyBytes }),
    async (c) => {
      const id = await ownedId(c, deps);
      if (id instanceof Response) return id;
      await deps.storage.organisers.setArchived(id, c.req.valid("json").archived);
      return c.json({ archived: c.req.valid("json").archived });
    },
  );

  // Empty: the same title, wijk and worksheets; with content: the documents too. New links, owned
  // by whoever duplicates it.
  app.post(
    `${base}/:id/duplicate`,
    deps.limitCreation,
    jsonBody(DuplicateRequestSchema, { maxBytes: 64, optional: true }),
    async (c) => {
      const id = await ownedId(c, deps);
      if (id instanceof Response) return id;
      const session = await deps.storage.getSession(id);
      if (!session) return notOwned(c);
      const me = c.get("organiser");
      const withContent = c.req.valid("json")?.withContent === true;
      const created = withContent
        ? await duplicateWithContent(deps, session, deps.publicUrl())
        : await createSession(
            deps.storage,
            {
              title: `${session.title} (kopie)`.slice(0, LIMITS.maxTitleLength),
              wijk: session.wijk,
              worksheets: session.worksheets.map((w) => w.worksheetId),
            },
            deps.publicUrl(),
          );
      await deps.storage.organisers.setOwner(created.id, { subject: me.subject, team: me.teams[0] ?? null });
      await deps.audit?.record(
        created.id,
        "create",
        { via: "organiser", name: me.name.slice(0, LIMITS.maxDisplayNameLength) },
        { from: withContent ? "duplicate-with-content" : "duplicate", session: id },
      );
      return c.json(created, 201);
    },
  );

  // The Logboek for the owner, as the facilitator link reads it (GET /api/sessions/:id/audit).
  app.get(`${base}/:id/audit`, async (c) => {
    const id = await ownedId(c, deps);
    if (id instanceof Response) return id;
    const entries = await deps.storage.audit.list(id, LIMITS.maxAuditEntriesListed);
    return c.json({ entries } satisfies AuditListResponse);
  });

  app.delete(`${base}/:id`, jsonBody(EmptyBodySchema, { maxBytes: 64, optional: true }), async (c) => {
    const id = await ownedId(c, deps);
    if (id instanceof Response) return id;
    await eraseSession(deps, id, DELETED_CLOSE_REASON);
    deps.logger.info("session deleted by its owner", { sessionId: id });
    return c.json({ deleted: true });
  });

  return app;
}

function signedIn(logins: OrganiserLogins): MiddlewareHandler<OrganiserEnv> {
  return async (c, next) => {
    const organiser = await logins.organiser(c);
    if (!organiser) {
      return apiError(
        c,
        401,
        "sign_in_required",
        "je bent niet (meer) ingelogd; log opnieuw in met je organisatieaccount (not signed in)",
      );
    }
    c.set("organiser", organiser);
    await next();
  };
}

function notOwned(c: Context) {
  return apiError(
    c,
    404,
    "not_owner",
    "geen werksessie van jou of je team (no session of yours or your team's)",
  );
}

/** The `:id` when the organiser or one of their teams owns it, else the 404 to answer. */
async function ownedId(c: Context<OrganiserEnv>, deps: DashboardDeps): Promise<string | Response> {
  const id = c.req.param("id") ?? "";
  if (!SessionIdSchema.safeParse(id).success) return notOwned(c);
  const owner = await deps.storage.organisers.ownerOf(id);
  const me = c.get("organiser");
  if (!owner) return notOwned(c);
  if (owner.subject !== me.subject && !(owner.team !== null && me.teams.includes(owner.team)))
    return notOwned(c);
  return id;
}
