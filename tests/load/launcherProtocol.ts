/** IPC between the bench orchestrator and a server launcher child process (`serverLauncher.ts`). */
export type LauncherRequest = { type: "stats" } | { type: "gc" } | { type: "reset-eld" };

export interface LauncherStats {
  type: "stats";
  /** Loaded rooms (`WijkbordServer.rooms.size`); null for the reference server (no such hook). */
  rooms: number | null;
  heapUsed: number;
  rss: number;
  /** Event-loop delay since the last reset, ms. */
  eldP50: number;
  eldP99: number;
  eldMax: number;
}

export type LauncherMessage = { type: "listening"; port: number } | { type: "gc-done" } | LauncherStats;
