export {
  createWijkbordServer,
  type WijkbordServer,
  type WijkbordServerOptions,
} from "./createWijkbordServer.ts";
export { consoleLogger, type Logger, silentLogger } from "./logger.ts";
export { Room, type RoomConnection } from "./Room.ts";
export { RoomRegistry } from "./RoomRegistry.ts";
export { SqliteStorage } from "./SqliteStorage.ts";
export type { Appended, DocRef, SessionRecord, Storage, StoredDocument, TokenRecord } from "./Storage.ts";
export { CONTENT_SECURITY_POLICY } from "./securityHeaders.ts";
