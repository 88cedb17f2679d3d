import { randomBytes } from "node:crypto";
import {
  BUILTIN_TEMPLATE_PREFIX,
  LIMITS,
  PATHS,
  type SavedTemplateResponse,
  SaveTemplateRequestSchema,
  SessionFromTemplateRequestSchema,
  TEMPLATE_KEY_HEADER,
  type Template,
  TemplateKeySchema,
  type TemplateListResponse,
} from "@wijkbord/shared";
import { BUILTIN_TEMPLATES, builtinTemplate } from "@wijkbord/worksheets";
import { type Context, Hono, type MiddlewareHandler } from "hono";
import { z } from "zod";
import { authorize } from "../auth/authorize.ts";
import { hashesEqual } from "../auth/tokens.ts";
import { readSessionDocs } from "../export/readSessionDocs.ts";
import { apiError } from "../http/apiError.ts";
import { jsonBody } from "../http/jsonBody.ts";
import type { Storage } from "../storage/Storage.ts";
import type { RoomRegistry } from "../sync/RoomRegistry.ts";
import { createSessionFromTemplate } from "./createSessionFromTemplate.ts";
import { readTemplateFile } from "./readTemplateFile.ts";
import { templateFromSession } from "./templateFromSession.ts";
import { templateKeyHash } from "./templateKeyHash.ts";
import { templateSummary } from "./templateSummary.ts";

export interface TemplateDeps {
  storage: Storage;
  rooms: RoomRegistry;
  publicUrl: () => string;
  /** The per-address budget of new sessions, shared with every other way of creating one. */
  limitCreation: MiddlewareHandler;
}

/** Templates one browser lists (its newest). */
const LISTED = 200;
const StoredIdSchema = z.string().regex(/^[A-Za-z0-9_-]{10,40}$/);
const tooLarge = `een sjabloon is hoogstens ${LIMITS.maxTemplateBytes} bytes (a template must be at most ${LIMITS.maxTemplateBytes} bytes)`;

/** The browser's template key from its header, hashed; null when absent or malformed. */
function keyHashOf(c: Context): Uint8Array | null {
  const key = TemplateKeySchema.safeParse(c.req.header(TEMPLATE_KEY_HEADER));
  return key.success ? templateKeyHash(key.data) : null;
}

const noKey = (c: Context) =>
  apiError(
    c,
    400,
    "invalid_request",
    `sjablonen horen bij een browser: stuur de sleutel van deze browser mee in ${TEMPLATE_KEY_HEADER} (43 tekens) (send this browser's template key)`,
  );

/**
 * Templates: `GET /api/templates` (the built-ins and this browser's), `GET /api/templates/:id`
 * (the file, for "Exporteren"), `POST /api/templates` (import a file), `DELETE /api/templates/:id`
 * (its own browser), `POST /api/sessions/:id/templates` (facilitator: "Opslaan als sjabloon") and
 * `POST /api/templates/:id/sessions` ("Nieuwe werksessie uit sjabloon", no credential, like creating
 * a session). Without sign-in a stored template is its browser's: listed for the key it was saved
 * with (docs/privacy.md); its random id is what gives access to it otherwise (export, use).
 */
export function templateRoutes(deps: TemplateDeps): Hono {
  const app = new Hono();

  const find = async (id: string): Promise<Template | undefined> => {
    if (id.startsWith(BUILTIN_TEMPLATE_PREFIX)) return builtinTemplate(id);
    if (!StoredIdSchema.safeParse(id).success) return undefined;
    return (await deps.storage.templates.get(id))?.template;
  };
  const notFound = (c: Context) =>
    apiError(c, 404, "not_found", "dit sjabloon bestaat niet (meer) (no such template)");

  const save = async (template: Template, creatorHash: Uint8Array) => {
    const id = randomBytes(12).toString("base64url");
    const createdAt = new Date().toISOString();
    await deps.storage.templates.save({ id, createdAt, creatorHash, ownerId: null, teamId: null, template });
    return templateSummary(id, template, false, createdAt);
  };

  app.get(PATHS.templates, async (c) => {
    const builtins = BUILTIN_TEMPLATES.map((b) =>
      templateSummary(b.id, builtinTemplate(b.id) as Template, true, null),
    );
    const keyHash = keyHashOf(c);
    const own = keyHash ? await deps.storage.templates.listByCreator(keyHash, LISTED) : [];
    const body: TemplateListResponse = {
      templates: [...builtins, ...own.map((r) => templateSummary(r.id, r.template, false, r.createdAt))],
    };
    return c.json(body);
  });

  app.get(`${PATHS.templates}/:templateId`, async (c) => {
    const template = await find(c.req.param("templateId"));
    if (!template) return notFound(c);
    const name = template.name.replace(/[^\p{L}\p{N} _-]/gu, "").trim() || "sjabloon";
    c.header(
      "Content-Disposition",
      `attachment; filename*=UTF-8''${encodeURIComponent(`${name}.wijkbord-sjabloon.json`)}`,
    );
    return c.json(template);
  });

  app.post(
    PATHS.templates,
    jsonBody(z.unknown(), { maxBytes: LIMITS.maxTemplateBytes, tooLarge }),
    async (c) => {
      const keyHash = keyHashOf(c);
      if (!keyHash) return noKey(c);
      const read = readTemplateFile(c.req.valid("json"));
      if (!read.ok) return apiError(c, 400, read.code, read.message, read.issues);
      const body: SavedTemplateResponse = { template: await save(read.template, keyHash) };
      return c.json(body, 201);
    },
  );

  app.delete(`${PATHS.templates}/:templateId`, async (c) => {
    const keyHash = keyHashOf(c);
    if (!keyHash) return noKey(c);
    const id = c.req.param("templateId");
    const record = StoredIdSchema.safeParse(id).success ? await deps.storage.templates.get(id) : undefined;
    if (!record) return notFound(c);
    if (!record.creatorHash || !hashesEqual(record.creatorHash, keyHash))
      return apiError(c, 403, "forbidden", "alleen de browser die dit sjabloon maakte kan het verwijderen");
    await deps.storage.templates.delete(id);
    return c.json({ deleted: true });
  });

  app.post(
    `${PATHS.sessions}/:id/templates`,
    authorize(deps.storage, {
      roles: ["facilitator"],
      forbidden: "alleen een facilitator kan een sjabloon opslaan (only a facilitator can save a template)",
    }),
    jsonBody(SaveTemplateRequestSchema, { maxBytes: LIMITS.maxRequestBodyBytes }),
    async (c) => {
      const keyHash = keyHashOf(c);
      if (!keyHash) return noKey(c);
      const request = c.req.valid("json");
      const docs = await readSessionDocs(deps.rooms, deps.storage, c.get("auth").session.id);
      const template = templateFromSession(docs, {
        name: request.name,
        description: request.description ?? "",
        withNotes: request.withNotes,
      });
      const check = readTemplateFile(template);
      if (!check.ok) return apiError(c, 400, check.code, check.message, check.issues);
      if (Buffer.byteLength(JSON.stringify(check.template)) > LIMITS.maxTemplateBytes)
        return apiError(
          c,
          413,
          "body_too_large",
          `${tooLarge}; sla het op zonder notities (save it without notes)`,
        );
      const body: SavedTemplateResponse = { template: await save(check.template, keyHash) };
      return c.json(body, 201);
    },
  );

  app.post(
    `${PATHS.templates}/:templateId/sessions`,
    deps.limitCreation,
    jsonBody(SessionFromTemplateRequestSchema, { maxBytes: LIMITS.maxRequestBodyBytes }),
    async (c) => {
      const template = await find(c.req.param("templateId"));
      if (!template) return notFound(c);
      // A stored template was checked when saved; the catalogue may have changed since.
      const check = readTemplateFile(template);
      if (!check.ok) return apiError(c, 400, check.code, check.message, check.issues);
      const created = await createSessionFromTemplate(
        deps.storage,
        check.template,
        c.req.valid("json"),
        deps.publicUrl(),
      );
      return c.json(created, 201);
    },
  );

  return app;
}
