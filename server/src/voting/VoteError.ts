import type { ApiErrorCode } from "@wijkbord/shared";
import type { ContentfulStatusCode } from "hono/utils/http-status";

/** A refused vote request: the HTTP status, a stable code and a sentence for people. */
export class VoteError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "VoteError";
  }
}
