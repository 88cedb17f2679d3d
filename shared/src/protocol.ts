/**
 * Wire-level constants shared by server, client and tests. See docs/sync-protocol.md.
 */
export const PROTOCOL_VERSION = 1;

export const PATHS = {
  api: "/api",
  sessions: "/api/sessions",
  health: "/healthz",
  /** WebSocket endpoint: `${ws}/${sessionId}/${docName}?token=…` (y-websocket: serverUrl = `${ws}/${sessionId}`, room = docName). */
  ws: "/ws",
  config: "/api/config",
  /** The worksheets a session can be created with (`WorksheetListSchema`). */
  worksheets: "/api/worksheets",
  /** Templates: built-in and this browser's (`TemplateListResponse`), import, export, use. */
  templates: "/api/templates",
  /** The server's clock (`{ now }`, epoch ms), for the shared facilitation timer. */
  time: "/api/time",
  /** App route a link opens: `${app}/${sessionId}#token=…` (token in the fragment so it never reaches logs or Referer). */
  app: "/s",
  /** tldraw fonts, icons and translations, served by our own server. */
  tldrawAssets: "/tldraw-assets",
} as const;

/** Query parameter that carries the link token on the WebSocket URL and may carry it on the HTTP API. */
export const TOKEN_PARAM = "token";
/** HTTP header alternative for the API: `Authorization: Bearer <token>`. */
export const AUTH_HEADER = "authorization";

/** y-websocket message types (first varint of every frame). */
export const MESSAGE = {
  sync: 0,
  awareness: 1,
  auth: 2,
  queryAwareness: 3,
} as const;

/** WebSocket close codes. 4xxx codes make our client stop reconnecting where retrying cannot help. */
export const CLOSE = {
  normal: 1000,
  goingAway: 1001,
  protocolError: 1002,
  unsupportedData: 1003,
  policyViolation: 1008,
  tooBig: 1009,
  internalError: 1011,
  /** The server has no room for another document now (LIMITS.maxRoomsInMemory); reconnect later. */
  tryAgainLater: 1013,
  /** Not fatal: this person's rights changed (e.g. made co-facilitator); reconnect and authenticate again. */
  accessChanged: 4100,
  badRequest: 4400,
  unauthorized: 4401,
  forbidden: 4403,
  notFound: 4404,
  /** The facilitator deleted the session (or its retention period ended): nothing of it is left. */
  deleted: 4410,
  /**
   * Not fatal: another server instance owns this werksessie now (its lease moved, see
   * docs/operations.md "Several instances"); reconnect, and the routing or the lease sorts it out.
   */
  notOwner: 4503,
} as const;

/** Close codes after which reconnecting is pointless (the client shows the reason instead). */
export const FATAL_CLOSE_CODES: readonly number[] = [
  CLOSE.unauthorized,
  CLOSE.forbidden,
  CLOSE.notFound,
  CLOSE.deleted,
];
