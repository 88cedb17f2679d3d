/** Another instance holds the session's lease: the client should retry (it may land elsewhere). */
export class OwnedElsewhereError extends Error {
  override name = "OwnedElsewhereError";
  constructor(
    readonly sessionId: string,
    readonly owner: string,
  ) {
    super(`session ${sessionId} is owned by instance ${owner}`);
  }
}
