import type { HistogramData } from "./histogram.ts";

/** How a participant process reaches the room under test. */
export interface RoomTarget {
  /** y-websocket `serverUrl` (the room name `board` is appended by the provider). */
  wsBase: string;
  sessionId: string;
  token: string;
}

export type CursorProfile = "continuous" | "workshop";

export interface ParticipantsConfig {
  type: "config";
  target: RoomTarget;
  /**
   * Probe processes run at normal priority and simulate only a few participants, so their event
   * loop stays responsive: what they measure is the delivery latency of the server (and the
   * network stack), not the backlog of an overloaded simulated client. Load processes run at
   * nice 10 with the rest of the participants. Every participant behaves the same.
   */
  probe: boolean;
  /**
   * Load participants as light clients (lightClient.ts): the same frames to the server, but no
   * replica of the room, so 2 cores can drive 200 of them. Probes stay real providers.
   */
  light?: boolean;
  seed: number;
  /** A note change every `noteEveryMs[0]`–`noteEveryMs[1]` ms (uniform jitter). */
  noteEveryMs: [number, number];
  /** Cursor updates per second while the cursor moves (the client throttles to 10 Hz). */
  cursorHz: number;
  /**
   * continuous: every cursor moves all the time; workshop: each cursor moves in bursts of 2–6 s
   * and is still in between, so that `movingFraction` of the participants move at any moment.
   */
  cursorProfile: CursorProfile;
  movingFraction: number;
}

/**
 * Connect participant `index` (one of this process's) and answer `connected` once it has synced.
 * The orchestrator connects the whole room one at a time, in participant order, so each probe
 * has the same place in the server's send loop in every run, with either server.
 */
export interface ConnectMessage {
  type: "connect";
  index: number;
  /** The room of this participant when not the config's (many rooms per process, manyRooms.ts). */
  target?: RoomTarget;
}

export interface StartMessage {
  type: "start";
  /** Monotonic ms (clock.ts): edits sent in [measureFrom, measureUntil) are measured. */
  measureFrom: number;
  measureUntil: number;
  /** After measureUntil nobody sends; deliveries are still recorded for this long. */
  drainMs: number;
}

export interface ParticipantsResult {
  type: "result";
  probe: boolean;
  /** Participants in this process. */
  participants: number;
  notes: HistogramData;
  cursors: HistogramData;
  /** Changes sent inside the window (each should reach total - 1 others). */
  notesSent: number;
  cursorsSent: number;
  /** Cursor states never seen by a receiver because a newer state of the same sender replaced them. */
  cursorsSuperseded: number;
  /** WebSocket frames and bytes the clients received / sent during the window. */
  framesIn: number;
  bytesIn: number;
  framesOut: number;
  bytesOut: number;
  /** Event-loop delay of this participant process during the window, ms. */
  eldP99: number;
  eldMax: number;
  disconnects: number;
  /**
   * Per room (session id): this process's participants there and the changes they sent inside the
   * window, so that a receiver's expected deliveries can be counted per room.
   */
  rooms: Record<string, { participants: number; notesSent: number; cursorsSent: number }>;
  /** Note id → sequence number of its last change, to check what the server stored. */
  finalNotes: Record<string, number>;
}

export type ParticipantsMessage =
  | { type: "ready" }
  | { type: "connected"; index: number }
  | ParticipantsResult
  | { type: "error"; message: string };
