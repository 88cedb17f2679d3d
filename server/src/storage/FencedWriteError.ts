/**
 * Storage refused a document write because this instance no longer holds the session's lease at
 * the epoch it loaded the document under: another instance took over, and its copy is the truth.
 */
export class FencedWriteError extends Error {
  override name = "FencedWriteError";
}
