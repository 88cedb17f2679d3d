import {
  type AuditAction,
  type AuditActor,
  type AuditDetail,
  type AuditListResponse,
  CreateSessionResponseSchema,
  LIMITS,
  PATHS,
  SavedTemplateResponseSchema,
} from "@wijkbord/shared";
import { type Context, Hono, type MiddlewareHandler } from "hono";
import { authorize } from "../auth/authorize.ts";
import type { Authenticated } from "../auth/requireRole.ts";
import type { Storage } from "../storage/Storage.ts";
import type { AuditLog } from "./AuditLog.ts";
import { actorOf } from "./actorOf.ts";

export interface AuditDeps {
  storage: Storage;
  audit: AuditLog;
}

type Detail = (c: Context) => AuditDetail;

/** The credential `authorize` found for this request, once the route ran; none without one. */
const authOf = (c: Context): Authenticated | undefined => c.get("auth" as never) as Authenticated | undefined;

/** The request's validated JSON body, when its route parsed one (`jsonBody`). */
function validBody(c: Context): Record<string, unknown> {
  try {
    return (c.req.valid("json" as never) ?? {}) as Record<string, unknown>;
  } catch {
    return {};
  }
}

/** The id of the session a successful creating request made (`CreateSessionResponse`). */
async function createdId(c: Context): Promise<string | null> {
  const parsed = CreateSessionResponseSchema.safeParse(
    await c.res
      .clone()
      .json()
      .catch(() => null),
  );
  return parsed.success ? parsed.data.id : null;
}

/**
 * The "Logboek": `GET /api/sessions/:id/audit` for the facilitator link, and the recording of each
 * organiser and facilitator action, as middleware around the routes that do them (mounted before
 * them): after a successful answer it notes who (`actorOf`), what and when, with details that name
 * no content. Each hook is one line here, so the routes themselves stay as they were.
 */
export function auditRoutes(deps: AuditDeps): Hono {
  const app = new Hono();
  const session = `${PATHS.sessions}/:id`;

  /** Records `action` on the request's own session once the route answered 2xx. */
  const on =
    (action: AuditAction, detail: Detail = () => ({}), when: (c: Context) => boolean = () => true) =>
    (): MiddlewareHandler =>
    async (c, next) => {
      await next();
      const auth = authOf(c);
      if (!auth || c.res.status >= 300 || !when(c)) return;
      await deps.audit.record(auth.session.id, action, await actorOf(c, deps.storage), detail(c));
    };

  /**
   * Records `create` on the session a creating request made, then `more` (e.g. `template-use` on
   * it, or `restore` on the session a version came from).
   */
  const onCreate =
    (detail: Detail, more?: (c: Context, id: string, actor: AuditActor) => Promise<void>) =>
    (): MiddlewareHandler =>
    async (c, next) => {
      await next();
      if (c.res.status >= 300) return;
      const id = await createdId(c);
      if (!id) return;
      const actor = await actorOf(c, deps.storage);
      await deps.audit.record(id, "create", actor, detail(c));
      await more?.(c, id, actor);
    };

  app.post(PATHS.sessions, onCreate(() => ({ from: "home-page" }))());
  app.post(`${PATHS.sessions}/import`, onCreate(() => ({ from: "backup" }))());
  app.post(
    `${session}/history/:versionId/restore`,
    onCreate(
      () => ({ from: "version" }),
      async (c, id, actor) => {
        const source = authOf(c);
        const version = Number(c.req.param("versionId"));
        if (source) await deps.audit.record(source.session.id, "restore", actor, { version, session: id });
      },
    )(),
  );
  app.post(
    `${PATHS.templates}/:templateId/sessions`,
    onCreate(
      (c) => ({ from: "template", template: c.req.param("templateId") ?? "" }),
      (c, id, actor) =>
        deps.audit.record(id, "template-use", actor, { template: c.req.param("templateId") ?? "" }),
    )(),
  );
  app.get(
    session,
    on(
      "open",
      () => ({}),
      (c) => authOf(c)?.role === "facilitator",
    )(),
  );
  app.post(
    `${session}/links/rotate`,
    on("rotate", (c) => ({ roles: String((validBody(c).roles as string[] | undefined) ?? []) }))(),
  );
  for (const action of ["promote", "remove"] as const) {
    app.post(
      `${session}/participants/:participantId/${action}`,
      on(action, (c) => ({ participant: c.req.param("participantId") ?? "" }))(),
    );
  }
  app.get(`${session}/export/:format`, on("export", (c) => ({ format: c.req.param("format") ?? "" }))());
  app.post(`${session}/export/pdf`, on("export", () => ({ format: "pdf-images" }))());
  app.post(`${session}/templates`, async (c, next) => {
    await next();
    const auth = authOf(c);
    if (!auth || c.res.status >= 300) return;
    const saved = SavedTemplateResponseSchema.safeParse(
      await c.res
        .clone()
        .json()
        .catch(() => null),
    );
    const detail = {
      template: saved.success ? saved.data.template.id : "",
      notes: saved.success ? saved.data.template.starterNotes : 0,
    };
    await deps.audit.record(auth.session.id, "template-save", await actorOf(c, deps.storage), detail);
  });
  // The entries go with the session; what is left is the tombstone.
  app.delete(session, async (c, next) => {
    await next();
    const auth = authOf(c);
    if (auth && c.res.status < 300) await deps.audit.deleted(auth.session.id, "facilitator");
  });

  app.get(
    `${session}/audit`,
    authorize(deps.storage, {
      roles: ["facilitator"],
      of: "link",
      forbidden:
        "alleen de facilitatorlink kan het logboek lezen (only the facilitator link can read the log)",
    }),
    async (c) => {
      const entries = await deps.storage.audit.list(c.get("auth").session.id, LIMITS.maxAuditEntriesListed);
      return c.json({ entries } satisfies AuditListResponse);
    },
  );
  return app;
}
