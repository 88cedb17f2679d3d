import { randomBytes } from "node:crypto";
import {
  IMAGE_LIMITS,
  ImageIdSchema,
  type ImageUploadResponse,
  PATHS,
  sessionImagePath,
} from "@wijkbord/shared";
import { Hono } from "hono";
import { authorize } from "../auth/authorize.ts";
import { apiError } from "../http/apiError.ts";
import { PRIVATE_IMMUTABLE } from "../http/noStore.ts";
import type { Logger } from "../log/logger.ts";
import type { Storage } from "../storage/Storage.ts";
import { imageUploadBody } from "./imageUploadBody.ts";
import { normalizeImage, UndecodableImageError } from "./normalizeImage.ts";
import { sniffImageType } from "./sniffImageType.ts";

export interface ImageLimits {
  /** `IMAGE_MAX_BYTES`: the largest upload, in bytes. */
  maxBytes: number;
  /** `IMAGE_MAX_PER_SESSION`. */
  maxPerSession: number;
  maxSide: number;
  maxInputPixels: number;
}

export interface ImageDeps {
  storage: Storage;
  logger: Logger;
  limits?: Partial<ImageLimits>;
}

const mb = (bytes: number) => `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;

/**
 * Photos of paper sheets: `POST /api/sessions/:id/images` (facilitators, co-facilitators included:
 * a notetaker in the room is made co-facilitator; participants cannot, as a photo may show faces
 * and is kept with the session, which the facilitator answers for) and
 * `GET /api/sessions/:id/images/:imageId` (every member of the session, by the same credential as
 * the session's other routes). An upload is stored only after it was decoded and encoded again
 * (`normalizeImage`). Mounted before `apiRoutes`, whose catch-all answers every other `/api` path.
 */
export function imageRoutes(deps: ImageDeps): Hono {
  const limits: ImageLimits = { ...IMAGE_LIMITS, ...deps.limits };
  const app = new Hono();
  const facilitator = authorize(deps.storage, {
    roles: ["facilitator"],
    forbidden: "alleen een facilitator kan foto's toevoegen (only a facilitator can add photos)",
  });
  const member = authorize(deps.storage, {});
  const tooMany = `deze werksessie heeft al ${limits.maxPerSession} foto's, het maximum (this session already holds the maximum of ${limits.maxPerSession} photos)`;

  app.post(`${PATHS.sessions}/:id/images`, facilitator, async (c) => {
    const sessionId = c.get("auth").session.id;
    // Before reading a byte: a full session need not receive (or decode) another photo.
    if ((await deps.storage.images.count(sessionId)) >= limits.maxPerSession) {
      return apiError(c, 409, "too_many_images", tooMany);
    }
    const body = await imageUploadBody(c, limits.maxBytes);
    if (!body.ok && body.reason === "too_large") {
      return apiError(
        c,
        413,
        "image_too_large",
        `deze foto is groter dan ${mb(limits.maxBytes)} (this photo is larger than ${mb(limits.maxBytes)})`,
      );
    }
    if (!body.ok) {
      return apiError(c, 400, "invalid_request", "geen foto ontvangen (no photo in the request)");
    }
    const type = sniffImageType(body.bytes);
    if (type === "heic") {
      return apiError(
        c,
        415,
        "unsupported_image",
        "HEIC-foto's kan Wijkbord niet lezen; kies JPEG (op een iPhone: Instellingen › Camera › Formaten › Meest compatibel) (HEIC photos are not supported; use JPEG)",
      );
    }
    if (type === "other") {
      return apiError(
        c,
        415,
        "unsupported_image",
        "dit bestand is geen foto die Wijkbord kan lezen: alleen JPEG, PNG of WebP (this file is not a JPEG, PNG or WebP image)",
      );
    }
    let image: Awaited<ReturnType<typeof normalizeImage>>;
    try {
      image = await normalizeImage(body.bytes, type, limits);
    } catch (err) {
      if (!(err instanceof UndecodableImageError)) throw err;
      return apiError(
        c,
        415,
        "unsupported_image",
        "deze foto is beschadigd of te groot om te lezen (this image is damaged or has too many pixels)",
      );
    }
    const id = randomBytes(16).toString("base64url");
    const stored = await deps.storage.images.add(
      { id, sessionId, ...image, createdAt: new Date().toISOString() },
      limits.maxPerSession,
    );
    if (!stored) return apiError(c, 409, "too_many_images", tooMany);
    deps.logger.info("image stored", { sessionId, bytes: image.bytes.byteLength });
    const answer: ImageUploadResponse = {
      id,
      src: sessionImagePath(sessionId, id),
      mime: image.mime,
      width: image.width,
      height: image.height,
    };
    return c.json(answer, 201);
  });

  app.get(`${PATHS.sessions}/:id/images/:imageId`, member, async (c) => {
    const imageId = c.req.param("imageId");
    const image = ImageIdSchema.safeParse(imageId).success
      ? await deps.storage.images.get(c.get("auth").session.id, imageId)
      : undefined;
    if (!image) return apiError(c, 404, "not_found", "deze foto bestaat niet (no such image)");
    return c.body(image.bytes as never, 200, {
      "Content-Type": image.mime,
      "Content-Length": String(image.bytes.byteLength),
      "Cache-Control": PRIVATE_IMMUTABLE,
      "X-Content-Type-Options": "nosniff",
      "Content-Disposition": "inline",
    });
  });

  return app;
}
