import {
  CONTROL,
  type HistoryKeepResponse,
  type HistoryListResponse,
  HistoryRestoreRequestSchema,
  LIMITS,
  PATHS,
} from "@wijkbord/shared";
import { Hono, type MiddlewareHandler } from "hono";
import * as Y from "yjs";
import { authorize } from "../auth/authorize.ts";
import { buildBackup } from "../export/buildBackup.ts";
import { importSession } from "../export/importSession.ts";
import { apiError } from "../http/apiError.ts";
import { jsonBody } from "../http/jsonBody.ts";
import type { HistoryEntry } from "../storage/HistoryStore.ts";
import type { Storage } from "../storage/Storage.ts";
import type { SessionHistory } from "./SessionHistory.ts";

export interface HistoryDeps {
  storage: Storage;
  history: SessionHistory;
  publicUrl: () => string;
  /** The per-address budget of new sessions: a restore creates one. */
  limitCreation: MiddlewareHandler;
}

const info = ({ id, takenAt, kind, bytes }: HistoryEntry) => ({ id, takenAt, kind, bytes });

/**
 * The version's control document with " (versie van …)" after its title, so the restored session
 * says what it is everywhere: in its record, on its canvas and in its own backups.
 */
function retitled(controlState: Uint8Array, fallbackTitle: string, suffix: string): Uint8Array {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, controlState);
    const meta = doc.getMap<unknown>(CONTROL.session);
    const current = meta.get("title");
    const title = typeof current === "string" && current.trim() ? current : fallbackTitle;
    meta.set("title", title.slice(0, LIMITS.maxTitleLength - suffix.length) + suffix);
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}

/**
 * A session's version history, for its facilitator: the list (`GET …/history`), "Versie bewaren"
 * (`POST …/history`) and restoring a version as a new session with new links
 * (`POST …/history/:versionId/restore`), so the current session stays as it is.
 */
export function historyRoutes(deps: HistoryDeps): Hono {
  const app = new Hono();
  const base = `${PATHS.sessions}/:id/history`;
  const facilitator = authorize(deps.storage, {
    roles: ["facilitator"],
    forbidden: "only the facilitator can see or restore the session's history",
  });

  app.get(base, facilitator, async (c) => {
    const auth = c.get("auth");
    const versions = await deps.storage.history.list(auth.session.id);
    return c.json({ versions: versions.map(info) } satisfies HistoryListResponse);
  });

  app.post(base, facilitator, async (c) => {
    const auth = c.get("auth");
    // A manual version is always kept, so `take` returns one.
    const entry = (await deps.history.take(auth.session.id, "manual")) as HistoryEntry;
    return c.json({ version: info(entry) } satisfies HistoryKeepResponse, 201);
  });

  app.post(
    `${base}/:versionId/restore`,
    deps.limitCreation,
    facilitator,
    jsonBody(HistoryRestoreRequestSchema, {
      maxBytes: LIMITS.maxRequestBodyBytes,
      tooLarge: "request body too large",
    }),
    async (c) => {
      const auth = c.get("auth");
      const versionId = Number(c.req.param("versionId"));
      const version = Number.isSafeInteger(versionId)
        ? await deps.storage.history.get(auth.session.id, versionId)
        : undefined;
      if (!version) return apiError(c, 404, "not_found", "no such version of this session");

      const suffix = ` (versie van ${version.takenAt.slice(0, 16).replace("T", " ")} UTC)`;
      const control = retitled(version.control, auth.session.title, suffix);
      const backup = buildBackup(auth.session, { control, board: version.board }, new Date());
      const result = await importSession(deps.storage, backup, deps.publicUrl());
      if (!result.ok) return apiError(c, 500, "restore_failed", result.message);
      return c.json(result.created, 201);
    },
  );

  return app;
}
