import { join } from "node:path";

/** The one SQLite file of an installation, inside its DATA_DIR (with `-wal` and `-shm` beside it). */
export const databasePath = (dataDir: string): string => join(dataDir, "wijkbord.sqlite");
