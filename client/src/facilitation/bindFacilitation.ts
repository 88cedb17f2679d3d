import {
  type Celebration,
  CelebrationSchema,
  CONTROL,
  type CursorVisibility,
  CursorVisibilitySchema,
  FACILITATION,
  type PageBounds,
  type ParticipantToolbar,
  ParticipantToolbarSchema,
  type Role,
  type Summons,
  SummonsSchema,
  type TimerState,
  TimerStateSchema,
} from "@wijkbord/shared";
import { atom, type Signal } from "tldraw";
import type * as Y from "yjs";
import type { ServerClock } from "./createServerClock.ts";
import { IDLE_TIMER } from "./timerState.ts";

export interface Facilitation {
  readonly clock: ServerClock;
  /** Whether this browser may change the controls (facilitators; the server drops anyone else's writes). */
  readonly canControl: boolean;
  readonly timer: Signal<TimerState>;
  readonly summons: Signal<Summons | null>;
  readonly participantToolbar: Signal<ParticipantToolbar>;
  /** The latest "vieren" moment (an event: a new id is a new celebration). */
  readonly celebration: Signal<Celebration | null>;
  /** Whose cursors participants see. */
  readonly cursors: Signal<CursorVisibility>;
  /** Writes `change(current, serverNow)`; facilitators only. */
  updateTimer(change: (current: TimerState, now: number) => TimerState): void;
  /** "Iedereen naar mij / hierheen": everyone else's camera moves to `bounds`. */
  summon(bounds: PageBounds, worksheet: string | null): void;
  setParticipantToolbar(toolbar: ParticipantToolbar): void;
  /** "Vieren": everyone present sees a short celebration. */
  celebrate(): void;
  setCursors(visibility: CursorVisibility): void;
  dispose(): void;
}

interface Parser<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false };
}

function read<T>(map: Y.Map<unknown>, key: string, schema: Parser<T>, fallback: T): T {
  const parsed = schema.safeParse(map.get(key));
  return parsed.success ? parsed.data : fallback;
}

const newId = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

/**
 * The control document's `facilitation` map as signals (each value parsed; a missing or invalid
 * value reads as its default), and the facilitator's writes, each validated before it is written.
 */
export function bindFacilitation(
  control: Y.Doc,
  { role, selfId, clock }: { role: Role; selfId: string; clock: ServerClock },
): Facilitation {
  const map = control.getMap<unknown>(CONTROL.facilitation);
  const canControl = role === "facilitator";
  const readTimer = () => read(map, FACILITATION.timer, TimerStateSchema, IDLE_TIMER);
  const readSummons = () => read(map, FACILITATION.summons, SummonsSchema.nullable(), null);
  const readToolbar = () =>
    read(map, FACILITATION.participantToolbar, ParticipantToolbarSchema, "simple" as ParticipantToolbar);
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const timer = atom("wijkbord.timer", readTimer(), { isEqual: same });
  const summons = atom("wijkbord.summons", readSummons(), { isEqual: same });
  const participantToolbar = atom("wijkbord.participantToolbar", readToolbar());
  const readCelebration = () => read(map, FACILITATION.celebration, CelebrationSchema.nullable(), null);
  const readCursors = () =>
    read(map, FACILITATION.cursors, CursorVisibilitySchema, "all" as CursorVisibility);
  const celebration = atom("wijkbord.celebration", readCelebration(), { isEqual: same });
  const cursors = atom("wijkbord.cursors", readCursors());

  const observer = (event: Y.YMapEvent<unknown>) => {
    if (event.keysChanged.has(FACILITATION.timer)) timer.set(readTimer());
    if (event.keysChanged.has(FACILITATION.summons)) summons.set(readSummons());
    if (event.keysChanged.has(FACILITATION.participantToolbar)) participantToolbar.set(readToolbar());
    if (event.keysChanged.has(FACILITATION.celebration)) celebration.set(readCelebration());
    if (event.keysChanged.has(FACILITATION.cursors)) cursors.set(readCursors());
  };
  map.observe(observer);

  const write = (key: string, value: unknown) => {
    if (canControl) map.set(key, value);
  };

  return {
    clock,
    canControl,
    timer,
    summons,
    participantToolbar,
    celebration,
    cursors,
    updateTimer(change) {
      const next = TimerStateSchema.parse(change(readTimer(), Math.round(clock.now())));
      write(FACILITATION.timer, next);
    },
    summon(bounds, worksheet) {
      const next: Summons = SummonsSchema.parse({
        id: newId(),
        by: selfId,
        bounds,
        at: Math.round(clock.now()),
        worksheet,
      });
      write(FACILITATION.summons, next);
    },
    setParticipantToolbar(toolbar) {
      write(FACILITATION.participantToolbar, ParticipantToolbarSchema.parse(toolbar));
    },
    celebrate() {
      write(FACILITATION.celebration, CelebrationSchema.parse({ id: newId(), at: Math.round(clock.now()) }));
    },
    setCursors(visibility) {
      write(FACILITATION.cursors, CursorVisibilitySchema.parse(visibility));
    },
    dispose() {
      map.unobserve(observer);
      clock.dispose();
    },
  };
}
