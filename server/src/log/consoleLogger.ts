import { jsonLogger } from "./jsonLogger.ts";

/** The default logger: JSON lines on stdout at level `info` (`main.ts` makes one with `LOG_LEVEL`). */
export const consoleLogger = jsonLogger();
