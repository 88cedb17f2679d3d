import {
  IMAGE_LIMITS,
  MAX_BACKUP_BYTES,
  MAX_PDF_REQUEST_BYTES,
  PATHS,
  PdfExportRequestSchema,
  ReportLangSchema,
} from "@wijkbord/shared";
import { buildReportModel, getWorksheet } from "@wijkbord/worksheets";
import type { Context, MiddlewareHandler } from "hono";
import { Hono } from "hono";
import { z } from "zod";
import { authorize } from "../auth/authorize.ts";
import { apiError, issuesOf, summarize } from "../http/apiError.ts";
import { jsonBody } from "../http/jsonBody.ts";
import type { ImageLimits } from "../images/imageRoutes.ts";
import { reportPhotos } from "../images/reportPhotos.ts";
import type { Storage } from "../storage/Storage.ts";
import type { RoomRegistry } from "../sync/RoomRegistry.ts";
import { buildBackup } from "./buildBackup.ts";
import { docsToReportInput } from "./docsToReportInput.ts";
import { contentDisposition } from "./exportFilename.ts";
import { importSession } from "./importSession.ts";
import { migrateBackup } from "./migrateBackup.ts";
import { readBackupImages } from "./readBackupImages.ts";
import { readHiddenParts } from "./readHiddenParts.ts";
import { readSessionDocs } from "./readSessionDocs.ts";
import { type CSV_SEPARATORS, writeCsv } from "./writeCsv.ts";
import { writePdf } from "./writePdf.ts";
import { writeXlsx } from "./writeXlsx.ts";

export interface ExportDeps {
  storage: Storage;
  rooms: RoomRegistry;
  publicUrl: () => string;
  /** The per-address budget of new sessions: an import creates one. */
  limitCreation: MiddlewareHandler;
  /** Photos in an imported backup obey the upload limits (`IMAGE_MAX_BYTES`, `IMAGE_MAX_PER_SESSION`). */
  imageLimits?: Partial<ImageLimits>;
}

const FormatSchema = z.enum(["csv", "json", "pdf", "xlsx"]);
const ExportQuerySchema = z.object({
  lang: ReportLangSchema.default("nl"),
  /** CSV only: the field separator; absent = the one the language's spreadsheets expect. */
  sep: z.enum(["semicolon", "comma"] satisfies (keyof typeof CSV_SEPARATORS)[]).optional(),
});

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const CONTENT_TYPES: Record<z.infer<typeof FormatSchema>, string> = {
  csv: "text/csv; charset=utf-8",
  json: "application/json; charset=utf-8",
  pdf: "application/pdf",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** No cache may keep a session's content; the body is a download, never rendered inline. */
function download(
  c: Context,
  body: string | Uint8Array,
  format: z.infer<typeof FormatSchema>,
  title: string,
) {
  return c.body(body as never, 200, {
    "Content-Type": CONTENT_TYPES[format],
    "Content-Disposition": contentDisposition(title, new Date(), format),
    "Cache-Control": "no-store",
  });
}

/**
 * Exports (`GET /api/sessions/:id/export/:format`, facilitator token only) and the backup import
 * (`POST /api/sessions/import`, no token: like creating a session). Mounted before `apiRoutes`,
 * whose catch-all answers every other `/api` path with 404.
 */
export function exportRoutes(deps: ExportDeps): Hono {
  const app = new Hono();
  const facilitator = authorize(deps.storage, {
    roles: ["facilitator"],
    forbidden: "only the facilitator can export a session",
  });

  // An unknown format is a 404 whoever asks, like an unknown route.
  const knownFormat: MiddlewareHandler = async (c, next) => {
    if (!FormatSchema.safeParse(c.req.param("format")).success) {
      return apiError(c, 404, "not_found", "export formats: csv, json, pdf, xlsx");
    }
    await next();
  };

  app.get(`${PATHS.sessions}/:id/export/:format`, knownFormat, facilitator, async (c) => {
    const auth = c.get("auth");
    const format = FormatSchema.parse(c.req.param("format"));
    const query = ExportQuerySchema.safeParse({ lang: c.req.query("lang"), sep: c.req.query("sep") });
    if (!query.success) {
      const issues = issuesOf(query.error);
      return apiError(c, 400, "invalid_request", summarize(issues), issues);
    }
    const session = auth.session;
    const docs = await readSessionDocs(deps.rooms, deps.storage, session.id);
    if (format === "json") {
      const hidden = await readHiddenParts(deps.rooms, deps.storage, session.id);
      const images = await readBackupImages(deps.storage, session.id, [
        Buffer.from(docs.board).toString("latin1"),
        Buffer.from(docs.control).toString("latin1"),
        JSON.stringify(hidden),
      ]);
      const backup = buildBackup(session, docs, new Date(), { hidden, images });
      return download(c, JSON.stringify(backup), "json", backup.session.title);
    }
    const input = docsToReportInput(session, docs);
    const model = buildReportModel(input, query.data.lang);
    const title = model.cover.title;
    switch (format) {
      case "csv":
        return download(c, writeCsv(model, query.data.sep), "csv", title);
      case "pdf": {
        const photos = await reportPhotos(deps.storage, session.id, input.records, input.placements);
        return download(c, await writePdf(model, { photos }), "pdf", title);
      }
      case "xlsx":
        return download(c, await writeXlsx(model), "xlsx", title);
    }
  });

  // The PDF with canvas images: the browser draws each worksheet (tldraw's own export) and sends
  // the PNGs; the server has no canvas renderer of its own.
  app.post(
    `${PATHS.sessions}/:id/export/pdf`,
    facilitator,
    jsonBody(PdfExportRequestSchema, {
      maxBytes: MAX_PDF_REQUEST_BYTES,
      tooLarge: `the images must be at most ${MAX_PDF_REQUEST_BYTES} bytes`,
    }),
    async (c) => {
      const auth = c.get("auth");
      const request = c.req.valid("json");
      const images = new Map<string, Buffer>();
      for (const [i, image] of request.images.entries()) {
        const png = Buffer.from(image.png, "base64");
        if (!png.subarray(0, 8).equals(PNG_SIGNATURE)) {
          return apiError(c, 400, "invalid_image", `images.${i}: not a PNG image`);
        }
        images.set(image.instanceId, png);
      }
      const session = auth.session;
      const docs = await readSessionDocs(deps.rooms, deps.storage, session.id);
      const input = docsToReportInput(session, docs);
      const model = buildReportModel(input, request.lang);
      const photos = await reportPhotos(deps.storage, session.id, input.records, input.placements);
      try {
        return download(c, await writePdf(model, { images, photos }), "pdf", model.cover.title);
      } catch {
        // pdfkit refuses a PNG it cannot decode (a valid signature with a damaged body).
        return apiError(c, 400, "invalid_image", "an image could not be read");
      }
    },
  );

  app.post(
    `${PATHS.sessions}/import`,
    deps.limitCreation,
    // Any JSON: `migrateBackup` reads the backup of every format version, with its own error codes.
    jsonBody(z.unknown(), {
      maxBytes: MAX_BACKUP_BYTES,
      tooLarge: `a backup must be at most ${MAX_BACKUP_BYTES} bytes`,
    }),
    async (c) => {
      const json = c.req.valid("json");
      const migrated = migrateBackup(json);
      if (!migrated.ok) {
        const issues = migrated.error ? issuesOf(migrated.error) : undefined;
        const message = issues ? `${migrated.message}: ${summarize(issues)}` : migrated.message;
        return apiError(c, 400, migrated.code, message, issues);
      }
      const { backup } = migrated;
      const unknown = backup.session.worksheets.flatMap((w, i) =>
        getWorksheet(w.worksheetId)
          ? []
          : [{ path: `session.worksheets.${i}`, message: `unknown worksheet: ${w.worksheetId}` }],
      );
      if (unknown.length > 0) return apiError(c, 400, "unknown_worksheet", summarize(unknown), unknown);
      const result = await importSession(deps.storage, backup, deps.publicUrl(), new Date(), {
        ...IMAGE_LIMITS,
        ...deps.imageLimits,
      });
      if (!result.ok)
        return apiError(c, result.status ?? 400, result.code ?? "invalid_backup", result.message);
      c.header("Cache-Control", "no-store");
      return c.json(result.created, 201);
    },
  );

  return app;
}
