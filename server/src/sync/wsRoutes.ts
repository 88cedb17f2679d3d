import { upgradeWebSocket } from "@hono/node-server";
import {
  CLOSE,
  FACILITATOR_DOC,
  isPrivateDocName,
  PATHS,
  type Role,
  SessionDocNameSchema,
  TOKEN_PARAM,
} from "@wijkbord/shared";
import { Hono } from "hono";
import type { WebSocket } from "ws";
import { authenticate } from "../auth/authenticate.ts";
import { authFailure } from "../auth/authFailure.ts";
import { isAllowedOrigin } from "../auth/isAllowedOrigin.ts";
import { apiError } from "../http/apiError.ts";
import type { Logger } from "../log/logger.ts";
import type { SyncMetrics } from "../metrics/SyncMetrics.ts";
import type { SessionActivity } from "../retention/SessionActivity.ts";
import type { DocRef, Storage } from "../storage/Storage.ts";
import type { RoomRegistry } from "./RoomRegistry.ts";
import type { ConnectionAccess, SessionConnections } from "./SessionConnections.ts";
import { type ConnectionLimits, SocketConnection } from "./SocketConnection.ts";

export interface WsDeps {
  storage: Storage;
  rooms: RoomRegistry;
  logger: Logger;
  connectionLimits: ConnectionLimits;
  publicUrl: () => string;
  /** Open sockets by session and credential, for closing them when access changes. */
  connections: SessionConnections;
  metrics?: SyncMetrics;
  /** A socket opening counts as activity for the retention period. */
  activity?: SessionActivity;
}

type WsEnv = {
  Variables: {
    role: Role;
    ref: DocRef;
    access: ConnectionAccess;
    generation: number;
    requestId?: string;
  };
};

/**
 * `GET /ws/:sessionId/:doc?token=…` upgraded to the y-websocket protocol. Session, token and
 * document are checked before the upgrade: a refused request gets a plain HTTP 401/403/404 and
 * never becomes a socket.
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
        return apiError(
          c,
          404,
          "not_found",
          "unknown document: use control, board, facilitator or a private document",
        );
      }
      // Read before authenticating: an access change while we authenticate must not be missed.
      c.set("generation", deps.connections.generation(c.req.param("sessionId")));
      const auth = await authenticate(deps.storage, c.req.param("sessionId"), c.req.query(TOKEN_PARAM));
      // The JSON routes' answers (404 unknown session, 403 removed, 401 bad token). A browser never
      // sees this status (a refused upgrade is a 1006 close); the app asks the session route instead.
      if (!auth.ok) return authFailure(c, auth.reason);
      // Viewers create nothing, so they have no private document to read or write.
      if (auth.role === "viewer" && isPrivateDocName(doc.data)) {
        return apiError(c, 403, "forbidden", "viewers have no private document");
      }
      // The facilitators' notes are their script: nobody else receives a byte of that document.
      if (auth.role !== "facilitator" && doc.data === FACILITATOR_DOC) {
        return apiError(c, 403, "forbidden", "only facilitators may open the facilitator document");
      }
      c.set("role", auth.role);
      c.set("ref", { sessionId: auth.session.id, doc: doc.data });
      c.set("access", {
        tokenRole: auth.tokenRole,
        memberHash: auth.memberHash,
        memberId: auth.memberId ?? null,
      });
      await next();
    },
    upgradeWebSocket((c) => {
      const role = c.get("role");
      const ref = c.get("ref");
      let conn: SocketConnection | undefined;
      return {
        onOpen: (_event, ws) => {
          const raw = ws.raw as unknown as WebSocket;
          conn = new SocketConnection({
            ws: raw,
            role,
            ref,
            logger: deps.logger,
            limits: deps.connectionLimits,
            metrics: deps.metrics,
            // The socket's lines come long after its upgrade request; they carry that request's id.
            requestId: c.get("requestId"),
            access: c.get("access"),
          });
          raw.once("close", (code: number) => deps.metrics?.recordClose(code));
          // Frames straight from `ws`, not through Hono's onMessage, which wraps each one in a
          // MessageEvent and copies it (the largest per-frame cost in a profile of a busy room).
          // Nothing can arrive before onOpen: Hono calls it in the same tick it gets the socket.
          const opened = conn;
          raw.on("message", (data, isBinary) => opened.receive(data, isBinary));
          deps.connections.add(ref.sessionId, conn, c.get("access"));
          if (deps.connections.generation(ref.sessionId) !== c.get("generation")) {
            conn.close(CLOSE.accessChanged, "access changed; reconnect");
            return;
          }
          conn.join(deps.rooms.acquire(ref));
          void deps.activity?.touch(ref.sessionId);
        },
        onClose: () => {
          if (conn) deps.connections.remove(ref.sessionId, conn);
          conn?.onClosed();
        },
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
