import type { ApiErrorCode } from "@wijkbord/shared";
import type { ContentfulStatusCode } from "hono/utils/http-status";

/** A refused hide or show: the HTTP status, a stable code and a sentence for people. */
export class HidingError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "HidingError";
  }
}
