import { upgradeWebSocket } from "@hono/node-server";
import { isPrivateDocName, PATHS, type Role, SessionDocNameSchema, TOKEN_PARAM } from "@wijkbord/shared";
import { Hono } from "hono";
import type { WebSocket } from "ws";
import { apiError } from "./apiError.ts";
import { authenticate } from "./authenticate.ts";
import { isAllowedOrigin } from "./isAllowedOrigin.ts";
import type { Logger } from "./logger.ts";
import type { RoomRegistry } from "./RoomRegistry.ts";
import { type ConnectionLimits, SocketConnection } from "./SocketConnection.ts";
import type { DocRef, Storage } from "./Storage.ts";

export interface WsDeps {
  storage: Storage;
  rooms: RoomRegistry;
  logger: Logger;
  connectionLimits: ConnectionLimits;
  publicUrl: () => string;
}

type WsEnv = { Variables: { role: Role; ref: DocRef } };

/**
 * `GET /ws/:sessionId/:doc?token=…` upgraded to the y-websocket protocol. Session, token and
 * document are checked before the upgrade: a refused request gets a plain HTTP 401/404 and never
 * becomes a socket.
 */
export function wsRoutes(deps: WsDeps): Hono<WsEnv> {
  const app = new Hono<WsEnv>();
  app.get(
    `${PATHS.ws}/:sessionId/:doc`,
    async (c, next) => {
      if (c.req.header("upgrade")?.toLowerCase() !== "websocket") {
        return apiError(c, 426, "upgrade_required", "this endpoint speaks WebSocket only");
      }
      if (!isAllowedOrigin(c.req.header("origin"), c.req.header("host"), deps.publicUrl())) {
        return apiError(
          c,
          403,
          "forbidden_origin",
          "WebSocket connections are only accepted from this server's own pages",
        );
      }
      const doc = SessionDocNameSchema.safeParse(c.req.param("doc"));
      if (!doc.success) {
        return apiError(c, 404, "not_found", "unknown document: use control, board or a private document");
      }
      const auth = await authenticate(deps.storage, c.req.param("sessionId"), c.req.query(TOKEN_PARAM));
      if (!auth.ok) return apiError(c, 401, "unauthorized", "missing or invalid token for this session");
      // Viewers create nothing, so they have no private document to read or write.
      if (auth.role === "viewer" && isPrivateDocName(doc.data)) {
        return apiError(c, 403, "forbidden", "viewers have no private document");
      }
      c.set("role", auth.role);
      c.set("ref", { sessionId: auth.session.id, doc: doc.data });
      await next();
    },
    upgradeWebSocket((c) => {
      const role = c.get("role");
      const ref = c.get("ref");
      let conn: SocketConnection | undefined;
      return {
        onOpen: (_event, ws) => {
          conn = new SocketConnection({
            ws: ws.raw as unknown as WebSocket,
            role,
            ref,
            logger: deps.logger,
            limits: deps.connectionLimits,
          });
          conn.join(deps.rooms.acquire(ref));
        },
        onMessage: (event) => conn?.receive(event.data),
        onClose: () => conn?.onClosed(),
        onError: (event) => {
          // Oversized frames land here too (ws then closes with 1009); the close event cleans up.
          const error = (event as ErrorEvent).error;
          deps.logger.warn("socket error", { ...ref, role, error });
        },
      };
    }),
  );
  return app;
}
