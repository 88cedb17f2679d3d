export {
  createWijkbordServer,
  type WijkbordServer,
  type WijkbordServerOptions,
} from "./createWijkbordServer.ts";
export { CONTENT_SECURITY_POLICY } from "./http/securityHeaders.ts";
export { consoleLogger } from "./log/consoleLogger.ts";
export { jsonLogger, type LogLevel } from "./log/jsonLogger.ts";
export { type Logger, silentLogger } from "./log/logger.ts";
export { MemoryStorage } from "./storage/memory/MemoryStorage.ts";
export { PostgresStorage } from "./storage/postgres/PostgresStorage.ts";
export type {
  Appended,
  DocRef,
  SessionRecord,
  Storage,
  StoredDocument,
  TokenRecord,
} from "./storage/Storage.ts";
export { SqliteStorage } from "./storage/sqlite/SqliteStorage.ts";
export { Room } from "./sync/Room.ts";
export type { RoomConnection } from "./sync/RoomConnection.ts";
export { RoomRegistry } from "./sync/RoomRegistry.ts";
export { loadTheme, type Theme, type ThemeSetting } from "./theme/loadTheme.ts";
export { ThemeError } from "./theme/ThemeError.ts";
